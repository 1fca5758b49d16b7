/**
 * E-mail ingestion use cases: poll a mailbox and turn each allowed attachment into a document exactly once,
 * manage users' mailboxes, and decide when a failing mailbox is tried again. Transaction boundaries live here.
 */
package io.docuelevate.application.mail;
