/**
 * The status page ({@code /status}): components' health, queues, throughput and recent failures, from the
 * application's {@link io.docuelevate.application.system.SystemStatus}.
 */
package io.docuelevate.interfaces.web.status;
