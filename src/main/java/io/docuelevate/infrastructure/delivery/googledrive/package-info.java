/**
 * Google Drive as a destination: the Drive API v3 through OkHttp, signed in with a user's OAuth 2 refresh token or
 * a service account's signed assertion (nimbus-jose-jwt), no vendor SDK; uploads are resumable and go in chunks.
 */
package io.docuelevate.infrastructure.delivery.googledrive;
