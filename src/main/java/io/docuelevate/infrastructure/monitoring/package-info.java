/**
 * The Uptime Kuma push heartbeat.
 */
package io.docuelevate.infrastructure.monitoring;
