/**
 * The authentication mechanism, access control, rate limiting, body limits and security headers in
 * front of every request.
 */
package io.docuelevate.interfaces.security;
