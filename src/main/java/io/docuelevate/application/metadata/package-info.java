/**
 * The one JSON codec of the 13-field metadata: the reference's form, the stored {@code ai_metadata} form
 * and the sidecar form, shared by persistence, PDF enrichment and the REST answers.
 */
package io.docuelevate.application.metadata;
