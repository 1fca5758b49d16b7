/**
 * The e-mail destination: each processed document mailed as a PDF attachment to one recipient over SMTP
 * (Jakarta Mail), with STARTTLS or implicit TLS and the mail trust rules of IMAP ingestion.
 */
package io.docuelevate.infrastructure.delivery.email;
