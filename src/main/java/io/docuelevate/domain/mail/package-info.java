/**
 * E-mail ingestion: per-user mailboxes, the ports to read a mailbox and to remember which messages were taken,
 * and the health of each mailbox; and uploaded {@code .eml} files, read into a message model through their own
 * port. Kept apart from documents because a message is not a document: its attachments become documents.
 */
package io.docuelevate.domain.mail;
