/**
 * Search for callers (owner-filtered), keeping the index in step with the database, reindex jobs and
 * saved searches.
 */
package io.docuelevate.application.search;
