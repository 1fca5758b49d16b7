/**
 * JPA repositories of the identity ports: local users, API tokens and audit events.
 */
package io.docuelevate.infrastructure.persistence.identity;
