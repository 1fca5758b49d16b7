/**
 * OneDrive as a destination: Microsoft Graph through OkHttp with an OAuth 2 refresh token from the Microsoft
 * identity platform, no vendor SDK; files above the simple-upload limit go in an upload session.
 */
package io.docuelevate.infrastructure.delivery.onedrive;
