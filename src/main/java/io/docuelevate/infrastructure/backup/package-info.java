/**
 * Backup archives on the file system (ZIP with manifest and checksums) and database dumps (pg_dump, H2
 * SCRIPT).
 */
package io.docuelevate.infrastructure.backup;
