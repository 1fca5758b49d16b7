package io.docuelevate.domain.backup;

/**
 * CDI event fired after a restore replaced the database and the work directory's files. Whatever keeps
 * state derived from them (the search index) observes it and rebuilds.
 */
public record BackupRestored(String filename, long documents) {}
