/**
 * Bearer JWT verification (Nimbus JOSE+JWT), the OpenID Connect client (Nimbus OAuth 2.0 SDK) and password hashing
 * (Jakarta Security PBKDF2).
 */
package io.docuelevate.infrastructure.security;
