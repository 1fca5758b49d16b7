/**
 * The port for secrets kept at rest (mailbox passwords, integration credentials): the domain says what must be
 * hidden, an adapter decides how, so the cipher and its key handling live in one place.
 */
package io.docuelevate.domain.secret;
