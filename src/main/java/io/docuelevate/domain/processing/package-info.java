/**
 * The pipeline vocabulary: step names and order, the text-reading and OCR ports, and the rejection of
 * documents that cannot be processed.
 */
package io.docuelevate.domain.processing;
