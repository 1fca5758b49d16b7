/**
 * Documents (the {@code files} table), their processing steps and logs, derived statuses, file-name
 * rules and the document ports (repository, work-directory files).
 */
package io.docuelevate.domain.document;
