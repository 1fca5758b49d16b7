/**
 * Redis connectivity checks.
 */
package io.docuelevate.infrastructure.redis;
