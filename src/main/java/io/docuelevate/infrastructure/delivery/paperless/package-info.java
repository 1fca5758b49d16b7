/**
 * The Paperless-ngx destination: documents posted through its REST API ({@code post_document}) with title, tags,
 * correspondent and date, the consume task polled to its end, then extracted metadata written to custom fields.
 */
package io.docuelevate.infrastructure.delivery.paperless;
