/**
 * Jakarta Mail (Liberty's {@code mail-2.1} feature, Eclipse Angus Mail inside): the IMAP mailbox reader adapter,
 * the scheduled poller of worker replicas, the mailbox health probe, and the reader of uploaded {@code .eml} files.
 */
package io.docuelevate.infrastructure.mail;
