/**
 * Dropbox as a destination: its HTTP API ({@code api.dropboxapi.com}, {@code content.dropboxapi.com}) through
 * OkHttp with an OAuth 2 refresh token, no vendor SDK; uploads above the single-request limit go in an upload
 * session.
 */
package io.docuelevate.infrastructure.delivery.dropbox;
