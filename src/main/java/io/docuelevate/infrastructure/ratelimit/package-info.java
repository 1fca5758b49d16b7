/**
 * Rate limiters: Redis (shared by replicas), in memory, and the failover between them.
 */
package io.docuelevate.infrastructure.ratelimit;
