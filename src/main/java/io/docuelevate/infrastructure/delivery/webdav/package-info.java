/**
 * The WebDAV destination and Nextcloud (whose files are WebDAV under {@code remote.php/dav/files/<user>}): one store
 * over OkHttp, two providers for the two sets of variables.
 */
package io.docuelevate.infrastructure.delivery.webdav;
