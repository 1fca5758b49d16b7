/**
 * The database work queue: claims with leases, heartbeats and the poller that hands work to the
 * pipeline.
 */
package io.docuelevate.infrastructure.queue;
