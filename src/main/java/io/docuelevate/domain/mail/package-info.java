/**
 * E-mail as documents arrive in it ({@code .eml} uploads, and mailboxes): the message model and the port
 * that reads it, so the pipeline handles mail without depending on a mail library.
 */
package io.docuelevate.domain.mail;
