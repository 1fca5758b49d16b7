/**
 * The embedded Lucene engine (the default): {@link io.docuelevate.infrastructure.search.lucene.LuceneSearchIndex}
 * is a facade over the index handle (lifecycle, commits, visibility), the index format, the document mapper,
 * the bilingual analysis and query parsing, filters and sorting, facet counting and hit reading with highlights.
 */
package io.docuelevate.infrastructure.search.lucene;
