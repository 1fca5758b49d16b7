/**
 * MicroProfile Metrics gauges of queues and documents.
 */
package io.docuelevate.infrastructure.metrics;
