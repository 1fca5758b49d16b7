/**
 * Sign-in, API tokens, bearer-token and OpenID Connect verification ports, and the audit log.
 */
package io.docuelevate.application.identity;
