/**
 * Adapters of the readiness report's fact ports ({@code application/readiness}): the database and its
 * migrations, the work directory, the replicas' heartbeats, and the configuration judged without its
 * secret values.
 */
package io.docuelevate.infrastructure.readiness;
