/**
 * Taking a document in: streaming to disk while hashing, type by content, duplicate detection,
 * queueing.
 */
package io.docuelevate.application.ingest;
