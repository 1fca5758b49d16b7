/**
 * The audit trail of security-relevant events (sign-ins, token changes, role changes).
 */
package io.docuelevate.domain.audit;
