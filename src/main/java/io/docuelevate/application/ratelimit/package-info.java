/**
 * Rate-limit decisions and the limiter port (Redis or in memory).
 */
package io.docuelevate.application.ratelimit;
