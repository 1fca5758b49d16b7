package io.docuelevate.domain.document;

/** CDI event fired after a document's searchable content changed (metadata corrected), so derived data (the index) follows. */
public record DocumentChanged(long fileId) {}
