/**
 * The read and write side of documents for callers: lists, details, downloads, reprocess, retry,
 * delete, bulk operations, legal hold, ZIP archives.
 */
package io.docuelevate.application.documents;
