/**
 * The SFTP destination on the Apache MINA SSHD client: a server whose host key is verified (known_hosts file or a
 * pinned key), password or private-key login, files created with an exclusive open so nothing is overwritten.
 */
package io.docuelevate.infrastructure.delivery.sftp;
