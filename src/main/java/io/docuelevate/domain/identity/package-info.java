/**
 * Users, API tokens, the caller of a request and the rules secrets must satisfy.
 */
package io.docuelevate.domain.identity;
