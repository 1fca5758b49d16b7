/**
 * The FTP and FTPS destination on Apache Commons Net: explicit TLS (AUTH TLS, PROT P) with host-name
 * verification, passive data connections pinned to the control connection's address.
 */
package io.docuelevate.infrastructure.delivery.ftp;
