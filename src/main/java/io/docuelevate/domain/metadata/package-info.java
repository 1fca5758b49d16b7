/**
 * The 13-field document metadata of the reference system, its vocabularies, and the extraction and
 * PDF-writing ports.
 */
package io.docuelevate.domain.metadata;
