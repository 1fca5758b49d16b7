/**
 * Conversion of Office, text and e-mail files to PDF with LibreOffice, which the server starts, supervises and
 * restarts itself (JODConverter), instead of the reference's Gotenberg service. Markdown, HTML and e-mail
 * bodies become sanitised HTML first, so no document makes LibreOffice fetch anything.
 */
package io.docuelevate.infrastructure.convert;
