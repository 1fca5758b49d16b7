/**
 * Replicas of the server as the cluster sees them (heartbeats).
 */
package io.docuelevate.domain.cluster;
