/**
 * The JDBC bridge Liberty loads outside the WAR: a data source configured from {@code DATABASE_URL}.
 */
package io.docuelevate.infrastructure.persistence.jdbc;
