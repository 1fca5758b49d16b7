package io.docuelevate.domain.document;

/** CDI event fired after a document's row and files are gone, so derived data (the search index) follows. */
public record DocumentDeleted(long fileId) {}
