/**
 * The search engines behind {@link io.docuelevate.domain.search.SearchIndex}: the producer that picks one
 * (disabled, Meilisearch or the embedded Lucene index), its health probe, the snippets both engines answer
 * with, and the JPA side of search (documents to index, saved searches).
 */
package io.docuelevate.infrastructure.search;
