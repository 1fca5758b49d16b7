/**
 * The durable work queue: work items with leases, attempts and states.
 */
package io.docuelevate.domain.queue;
