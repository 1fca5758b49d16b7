/**
 * Replica heartbeats in the database.
 */
package io.docuelevate.infrastructure.cluster;
