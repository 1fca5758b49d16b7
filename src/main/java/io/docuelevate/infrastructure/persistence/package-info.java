/**
 * JPA repositories implementing the domain and application ports, Flyway migrations and the database
 * health probe.
 */
package io.docuelevate.infrastructure.persistence;
