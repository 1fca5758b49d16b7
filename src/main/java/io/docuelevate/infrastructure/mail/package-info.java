/**
 * IMAP through Jakarta Mail (Liberty's {@code mail-2.1} feature, Eclipse Angus Mail inside): the mailbox reader
 * adapter, the scheduled poller of worker replicas and the mailbox health probe.
 */
package io.docuelevate.infrastructure.mail;
