/**
 * Metadata extraction: the offline rule-based extractor (dates, amounts, references, parties,
 * classification, naming) and the OpenAI-compatible one.
 */
package io.docuelevate.infrastructure.metadata;
