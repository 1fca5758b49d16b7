/**
 * Health, start-up state, maintenance mode and the figures behind the metrics.
 */
package io.docuelevate.application.system;
