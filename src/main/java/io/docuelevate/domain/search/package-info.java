/**
 * Full-text search in domain terms: the {@link io.docuelevate.domain.search.SearchIndex} port every engine
 * implements, the documents it indexes, queries with their filters and visibility, hits and facet counts, and
 * users' saved searches with their repository port.
 */
package io.docuelevate.domain.search;
