/**
 * The Meilisearch engine through its official Java client:
 * {@link io.docuelevate.infrastructure.search.meilisearch.MeilisearchSearchIndex} is a facade over the client
 * calls and their errors, task waiting, index setup, document mapping with text chunks, search requests and
 * filters, and the reading of search answers.
 */
package io.docuelevate.infrastructure.search.meilisearch;
