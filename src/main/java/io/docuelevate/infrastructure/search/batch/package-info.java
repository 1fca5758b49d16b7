/**
 * The {@code reindex} job on Jakarta Batch: it rebuilds the search index from the database in chunks and
 * prunes entries whose document is gone.
 */
package io.docuelevate.infrastructure.search.batch;
