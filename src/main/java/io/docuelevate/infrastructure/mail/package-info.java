/** Reading e-mail files ({@code .eml}) with Jakarta Mail (Angus Mail), behind the {@code MailMessages} port. */
package io.docuelevate.infrastructure.mail;
