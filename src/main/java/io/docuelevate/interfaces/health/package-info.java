/**
 * Health endpoints: the reference's {@code /api/health} and {@code /api/diagnostic/**}, and
 * MicroProfile Health checks.
 */
package io.docuelevate.interfaces.health;
