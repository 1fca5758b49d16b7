package io.docuelevate.infrastructure.search.lucene;

import static io.docuelevate.infrastructure.search.SearchDocuments.document;
import static io.docuelevate.infrastructure.search.SearchDocuments.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.search.SearchEngineException;
import io.docuelevate.domain.search.SearchHit;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchQuery.Filters;
import io.docuelevate.domain.search.SearchQuery.SortBy;
import io.docuelevate.domain.search.SearchQuery.SortOrder;
import io.docuelevate.domain.search.SearchQuery.TextQuality;
import io.docuelevate.domain.search.SearchQuery.Visibility;
import io.docuelevate.domain.search.SearchResults;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneSearchIndexTest {

    @TempDir
    Path folder;

    private LuceneSearchIndex index;

    @BeforeEach
    void open() {
        index = new LuceneSearchIndex(folder.resolve("index"));
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void germanPluralFindsTheSingularAndIsHighlighted() {
        index.index(document(1)
                .language("de")
                .text("Sehr geehrte Damen und Herren, anbei die Rechnung Nr. 4711 "
                        + "für März. Bitte überweisen Sie den Betrag bis zum 31.03.2026.")
                .build());
        index.index(document(2)
                .language("de")
                .text("Kontoauszug Nr. 7 vom 14.03.2026")
                .build());

        SearchResults results = index.search(query("Rechnungen"));

        assertEquals(1, results.total());
        SearchHit hit = results.hits().get(0);
        assertEquals(1, hit.fileId());
        assertTrue(
                ((String) hit.formatted().get("ocr_text")).contains("<mark>Rechnung</mark>"),
                hit.formatted().toString());
    }

    @Test
    void englishPluralFindsTheSingularAndUmlautsFold() {
        index.index(document(1).text("Please pay this invoice within 14 days.").build());
        index.index(document(2)
                .language("de")
                .text("Die Gebühren für das Girokonto")
                .build());

        assertEquals(List.of(1L), ids(index.search(query("invoices"))));
        assertEquals(List.of(1L), ids(index.search(query("INVOICING"))));
        assertEquals(List.of(2L), ids(index.search(query("Gebuehren"))));
    }

    @Test
    void everyWordMustMatchSomewhereInAnyField() {
        index.index(document(1)
                .title("Stadtwerke Rechnung")
                .text("Strom Abschlag Januar")
                .build());
        index.index(document(2)
                .title("Stadtwerke Vertrag")
                .text("Gas Liefervertrag")
                .build());

        assertEquals(List.of(1L), ids(index.search(query("stadtwerke strom"))));
        assertEquals(List.of(), ids(index.search(query("stadtwerke wasser"))));
    }

    @Test
    void phrasesMatchWordsInOrderAndPrefixesMatchBeginnings() {
        index.index(document(1).text("The total amount due is 118.00 EUR").build());
        index.index(document(2).text("Amount received; the total follows later").build());

        assertEquals(List.of(1L), ids(index.search(query("\"total amount\""))));
        assertEquals(Set.of(1L, 2L), Set.copyOf(ids(index.search(query("amou*")))));
    }

    @Test
    void queryParserSyntaxInUserInputIsTakenLiterally() {
        index.index(
                document(1).text("C++ developer contract: salary (gross) 5000").build());

        for (String input : List.of(
                "salary (",
                "C++",
                "contract: AND",
                "gross) OR",
                "\"unterminated",
                "*",
                "-",
                "::",
                "title:salary",
                "a AND NOT b",
                "\\",
                "[1 TO 5]",
                "~2",
                "^3")) {
            SearchResults results = index.search(query(input));
            assertTrue(results.total() >= 0, input);
        }
        assertEquals(List.of(1L), ids(index.search(query("salary ("))));
        assertEquals(List.of(), ids(index.search(query("title:salary"))), "no field syntax: 'title' is a word");
    }

    @Test
    void titleFileNameAndTextAreHighlightedAndTheTextIsCroppedAndEscaped() {
        String longText = "Intro sentence without the word. ".repeat(40) + "Here the <b>invoice</b> & details follow. "
                + "Outro sentence. ".repeat(40);
        index.index(document(1)
                .title("Invoice March")
                .filename("invoice_2026-03.pdf")
                .text(longText)
                .build());

        SearchHit hit = index.search(query("invoice")).hits().get(0);

        assertEquals("<mark>Invoice</mark> March", hit.formatted().get("document_title"));
        assertEquals("<mark>invoice</mark>_2026-03.pdf", hit.formatted().get("original_filename"));
        String snippet = (String) hit.formatted().get("ocr_text");
        assertTrue(snippet.contains("&lt;b&gt;<mark>invoice</mark>&lt;/b&gt; &amp; details"), snippet);
        assertFalse(snippet.contains("<b>"), snippet);
        assertTrue(snippet.replace("<mark>", "").replace("</mark>", "").length() <= 240, snippet);
        assertTrue(snippet.startsWith("…"), snippet);
    }

    @Test
    void aTextWithoutMatchesShowsItsBeginning() {
        index.index(document(1)
                .title("Stadtwerke")
                .text("Abschlag für Strom im Januar. " + "Mehr Text. ".repeat(50))
                .build());

        SearchHit hit = index.search(query("stadtwerke")).hits().get(0);

        assertTrue(((String) hit.formatted().get("ocr_text")).startsWith("Abschlag für Strom im Januar."));
    }

    @Test
    void facetsCountTheMatchingDocumentsPerValue() {
        index.indexAll(List.of(
                document(1)
                        .type("Invoice")
                        .tags("Strom", "Energie")
                        .language("de")
                        .correspondent("Stadtwerke")
                        .text("Rechnung Strom")
                        .build(),
                document(2)
                        .type("Invoice")
                        .tags("Internet")
                        .language("de")
                        .correspondent("Telekom")
                        .text("Rechnung Internet")
                        .build(),
                document(3)
                        .type("Contract")
                        .tags("Strom")
                        .language("en")
                        .mimeType("image/png")
                        .text("Rechnung contract")
                        .build(),
                document(4).type("Letter").text("unrelated").build()));

        Map<String, Map<String, Long>> facets = index.search(query("Rechnung")).facets();

        assertEquals(Map.of("Invoice", 2L, "Contract", 1L), facets.get("document_type"));
        assertEquals(Map.of("Strom", 2L, "Energie", 1L, "Internet", 1L), facets.get("tags"));
        assertEquals(Map.of("de", 2L, "en", 1L), facets.get("language"));
        assertEquals(Map.of("application/pdf", 2L, "image/png", 1L), facets.get("mime_type"));
        assertEquals(Map.of("Stadtwerke", 1L, "Telekom", 1L), facets.get("correspondent"));
        assertEquals(
                List.of("Invoice", "Contract"),
                List.copyOf(facets.get("document_type").keySet()),
                "most frequent first");
    }

    @Test
    void aCorrespondentFacetValueNarrowsAndTheYearFacetCountsCreationYears() {
        index.indexAll(List.of(
                document(1)
                        .correspondent("Stadtwerke")
                        .created(Instant.parse("2024-12-31T23:59:59Z"))
                        .text("Rechnung Strom")
                        .build(),
                document(2)
                        .correspondent("Telekom")
                        .created(Instant.parse("2025-01-01T00:00:00Z"))
                        .text("Rechnung Internet")
                        .build(),
                document(3)
                        .correspondent("Telekom")
                        .created(Instant.parse("2025-06-01T00:00:00Z"))
                        .text("Rechnung Mobilfunk")
                        .build()));

        Map<String, Long> years = index.search(query("Rechnung")).facets().get(SearchResults.YEAR_FACET);
        assertEquals(List.of("2025", "2024"), List.copyOf(years.keySet()), "newest year first");
        assertEquals(Map.of("2025", 2L, "2024", 1L), years);
        SearchResults telekom = filtered(new Filters(null, null, null, List.of(), null, null, null, null, "Telekom"));
        assertEquals(Set.of(2L, 3L), idSet(telekom));
        assertEquals(Map.of("2025", 2L), telekom.facets().get(SearchResults.YEAR_FACET));
        assertEquals(
                Set.of(), idSet(filtered(new Filters(null, null, null, List.of(), null, null, null, null, "Nobody"))));
    }

    @Test
    void filtersAreExactCaseInsensitiveAndCombine() {
        index.indexAll(List.of(
                document(1)
                        .type("Invoice")
                        .tags("Strom", "Energie")
                        .sender("Stadtwerke Köln")
                        .language("de")
                        .text("Rechnung " + "x ".repeat(300))
                        .build(),
                document(2)
                        .type("Invoice")
                        .tags("Strom")
                        .sender("EnBW")
                        .language("de")
                        .mimeType("image/png")
                        .text("Rechnung kurz")
                        .build(),
                document(3)
                        .type("Contract")
                        .tags("Energie")
                        .language("en")
                        .text("Rechnung " + "y ".repeat(1500))
                        .build()));

        assertEquals(
                Set.of(1L, 2L),
                idSet(filtered(new Filters(null, "invoice", null, List.of(), null, null, null, null, null))));
        assertEquals(
                Set.of(2L),
                idSet(filtered(new Filters("IMAGE/PNG", null, null, List.of(), null, null, null, null, null))));
        assertEquals(
                Set.of(1L),
                idSet(filtered(
                        new Filters(null, null, null, List.of("strom", "Energie"), null, null, null, null, null))));
        assertEquals(
                Set.of(1L),
                idSet(filtered(new Filters(null, null, null, List.of(), "stadtwerke köln", null, null, null, null))));
        assertEquals(
                Set.of(3L), idSet(filtered(new Filters(null, null, "EN", List.of(), null, null, null, null, null))));
        assertEquals(
                Set.of(2L),
                idSet(filtered(new Filters(null, null, null, List.of(), null, TextQuality.LOW, null, null, null))));
        assertEquals(
                Set.of(1L),
                idSet(filtered(new Filters(null, null, null, List.of(), null, TextQuality.MEDIUM, null, null, null))));
        assertEquals(
                Set.of(3L),
                idSet(filtered(new Filters(null, null, null, List.of(), null, TextQuality.HIGH, null, null, null))));
        Instant second = document(2).build().createdAt();
        assertEquals(
                Set.of(2L, 3L),
                idSet(filtered(new Filters(null, null, null, List.of(), null, null, second, null, null))));
        assertEquals(
                Set.of(1L, 2L),
                idSet(filtered(new Filters(null, null, null, List.of(), null, null, null, second, null))));
        assertEquals(
                Set.of(2L),
                idSet(filtered(
                        new Filters(null, "Invoice", "de", List.of("Strom"), null, null, second, second, null))));
    }

    @Test
    void sortsByDateSizeAndConfidenceWithMissingConfidenceLast() {
        index.indexAll(List.of(
                document(1).size(300).confidence(50).text("report").build(),
                document(2).size(100).confidence(null).text("report").build(),
                document(3).size(200).confidence(90).text("report").build()));

        assertEquals(List.of(3L, 2L, 1L), ids(index.search(sorted(SortBy.CREATED_AT, SortOrder.DESC))));
        assertEquals(List.of(1L, 2L, 3L), ids(index.search(sorted(SortBy.CREATED_AT, SortOrder.ASC))));
        assertEquals(List.of(1L, 3L, 2L), ids(index.search(sorted(SortBy.FILE_SIZE, SortOrder.DESC))));
        assertEquals(List.of(2L, 3L, 1L), ids(index.search(sorted(SortBy.FILE_SIZE, SortOrder.ASC))));
        assertEquals(List.of(3L, 1L, 2L), ids(index.search(sorted(SortBy.CONFIDENCE_SCORE, SortOrder.DESC))));
        assertEquals(List.of(1L, 3L, 2L), ids(index.search(sorted(SortBy.CONFIDENCE_SCORE, SortOrder.ASC))));
    }

    @Test
    void relevancePutsTitleMatchesFirstAndScoresAreNormalised() {
        index.indexAll(List.of(
                document(1)
                        .title("Notes")
                        .text("Somewhere deep in the text the insurance is mentioned once.")
                        .build(),
                document(2).title("Insurance policy").text("Policy details").build()));

        List<SearchHit> hits = index.search(query("insurance")).hits();

        assertEquals(2L, hits.get(0).fileId());
        assertEquals(1.0, hits.get(0).rankingScore());
        assertTrue(hits.get(1).rankingScore() < 1.0 && hits.get(1).rankingScore() > 0);
    }

    @Test
    void everyQueryIsRestrictedToTheCallersDocuments() {
        index.indexAll(List.of(
                document(1).owner("alice").text("shared word").build(),
                document(2)
                        .owner("bob")
                        .privateDocument(true)
                        .text("shared word")
                        .build(),
                document(3).owner(null).text("shared word").build()));

        assertEquals(Set.of(1L, 2L, 3L), idSet(index.search(visibleTo(Visibility.all()))));
        assertEquals(Set.of(1L), idSet(index.search(visibleTo(Visibility.ownedBy("alice")))));
        assertEquals(Set.of(2L), idSet(index.search(visibleTo(Visibility.ownedBy("bob")))));
        assertEquals(Set.of(), idSet(index.search(visibleTo(Visibility.ownedBy("mallory")))));
        SearchResults bobs = index.search(visibleTo(Visibility.ownedBy("bob")));
        assertEquals(1, bobs.total());
        assertEquals(
                Map.of("application/pdf", 1L), bobs.facets().get("mime_type"), "facets count visible documents only");
        assertTrue(bobs.hits().get(0).privateDocument());
    }

    @Test
    void replacingAndDeletingDocuments() {
        index.index(document(1).text("first version").build());
        index.index(document(1).text("second version").build());
        index.index(document(2).text("other version").build());

        assertEquals(2, index.count());
        assertEquals(List.of(), ids(index.search(query("first"))));
        assertEquals(List.of(1L), ids(index.search(query("second"))));

        index.delete(1);
        index.delete(99);

        assertEquals(1, index.count());
        assertEquals(List.of(), ids(index.search(query("second"))));
        assertEquals(Set.of(2L), index.indexedFileIds());
        index.deleteAll(List.of(2L));
        assertEquals(0, index.count());
    }

    @Test
    void clearRemovesEverything() {
        index.indexAll(
                List.of(document(1).text("a b").build(), document(2).text("a c").build()));
        index.clear();
        assertEquals(0, index.count());
        assertEquals(0, index.search(query("a")).total());
    }

    @Test
    void paginationKeepsTheExactTotal() {
        List<io.docuelevate.domain.search.SearchDocument> documents = new ArrayList<>();
        for (long id = 1; id <= 45; id++) {
            documents.add(document(id).text("common term " + id).build());
        }
        index.indexAll(documents);

        SearchQuery third =
                new SearchQuery("common", Filters.NONE, SortBy.CREATED_AT, SortOrder.ASC, 3, 20, Visibility.all());
        SearchResults page = index.search(third);

        assertEquals(45, page.total());
        assertEquals(List.of(41L, 42L, 43L, 44L, 45L), ids(page));
        SearchQuery beyond =
                new SearchQuery("common", Filters.NONE, SortBy.CREATED_AT, SortOrder.ASC, 600, 20, Visibility.all());
        assertEquals(List.of(), ids(index.search(beyond)));
        assertEquals(45, index.search(beyond).total());
    }

    @Test
    void aWriteIsSearchableWhenTheCallReturnsEvenUnderConcurrentLoad() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int writer = 0; writer < 2; writer++) {
                int base = writer * 1000;
                work.add(pool.submit(() -> {
                    for (int i = 1; i <= 50; i++) {
                        long id = base + i;
                        index.index(
                                document(id).text("needle" + id + " haystack").build());
                        assertEquals(List.of(id), ids(index.search(query("needle" + id))), "visible right away");
                    }
                    return null;
                }));
            }
            for (int reader = 0; reader < 2; reader++) {
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        index.search(query("haystack"));
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(100, index.count());
        assertEquals(100, index.search(query("haystack")).total());
    }

    @Test
    void documentsSurviveAReopenAndAnUnreadableIndexIsRecreated() throws IOException {
        index.index(document(1).text("persistent words").build());
        index.close();

        index = new LuceneSearchIndex(folder.resolve("index"));
        assertEquals(List.of(1L), ids(index.search(query("persistent"))));
        index.close();

        try (Stream<Path> files = Files.list(folder.resolve("index"))) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments"))
                    .toList()) {
                Files.write(file, new byte[] {1, 2, 3});
            }
        }
        index = new LuceneSearchIndex(folder.resolve("index"));
        assertEquals(0, index.count(), "recreated empty, the reindex job rebuilds it");
        index.index(document(2).text("fresh").build());
        assertEquals(1, index.count());
    }

    @Test
    void anIndexWrittenInAnotherFormatIsEmptiedWhenOpenedAndTheCurrentFormatIsKept() throws IOException {
        index.close();
        Path other = folder.resolve("other-format");
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(other), new IndexWriterConfig())) {
            Document old = new Document();
            old.add(new StringField(LuceneFields.ID, "9", Field.Store.YES));
            writer.addDocument(old);
            writer.commit();
        }

        index = new LuceneSearchIndex(other);
        assertEquals(0, index.count(), "format 1 terms would not match: emptied for the reindex job");
        index.index(document(2).text("current format").build());
        index.close();

        index = new LuceneSearchIndex(other);
        assertEquals(List.of(2L), ids(index.search(query("current"))), "an index of this format is kept");
    }

    @Test
    void stopWordsOfBothLanguagesAreDroppedFromBothAnalysesAndPhrasesSpanTheirGaps() {
        index.index(document(1).text("The total amount due is 118.00 EUR").build());
        index.index(document(2)
                .language("de")
                .text("Bitte überweisen Sie den Betrag bis Freitag")
                .build());

        assertNull(UserQuery.parse("the und die", new SearchAnalyzer()), "stop words of either language");
        assertEquals(List.of(1L), ids(index.search(query("\"the total amount due\""))));
        assertEquals(List.of(2L), ids(index.search(query("\"überweisen Sie den Betrag\""))));
        assertEquals(List.of(), ids(index.search(query("\"überweisen Betrag\""))), "the gaps still count");
    }

    @Test
    void wordsAreLookedUpByBothStemsAndPhrasesByTheirGermanStems() {
        index.index(document(1)
                .title("Quarterly invoices")
                .text("Please find the outstanding invoices attached")
                .build());
        index.index(document(2)
                .language("de")
                .text("Die offenen Rechnungen liegen bei")
                .build());
        index.index(document(3).text("She runs the office").build());

        String word = UserQuery.parse("Rechnungen", new SearchAnalyzer()).toString();
        assertTrue(word.contains("Synonym(content:rechnung content:rechnungen)"), "German and English stem: " + word);
        String agreeing = UserQuery.parse("invoices", new SearchAnalyzer()).toString();
        assertTrue(
                agreeing.contains("content:invoic") && !agreeing.contains("Synonym"),
                "one term when they agree: " + agreeing);
        String phrase = UserQuery.parse("\"outstanding invoices\"", new SearchAnalyzer())
                .toString();
        assertTrue(phrase.contains("content:\"outstanding invoic\""), "a phrase of German stems: " + phrase);

        assertEquals(List.of(1L), ids(index.search(query("\"outstanding invoices\""))));
        assertEquals(List.of(1L), ids(index.search(query("\"quarterly invoices\""))), "phrases in the title too");
        assertEquals(List.of(2L), ids(index.search(query("\"offene Rechnungen\""))), "German stemming inside phrases");
        assertEquals(List.of(3L), ids(index.search(query("running"))), "English stemming: running finds runs");
        assertEquals(List.of(2L), ids(index.search(query("Rechnung"))), "German stemming: Rechnung finds Rechnungen");
    }

    @Test
    void aPhraseRanksByTheFieldsItOccursInNotByHowOften() {
        index.index(document(1)
                .text("amount due. The amount due. Again the amount due.")
                .build());
        index.index(document(2).title("Amount due").text("Letter").build());
        index.index(document(3).text("The amount due is 5 EUR").build());

        String phrase = UserQuery.parse("\"amount due\"", new SearchAnalyzer()).toString();
        assertTrue(
                phrase.contains("ConstantScore(content:\"amount du\")"),
                "scored without counting occurrences: " + phrase);
        SearchResults results = index.search(query("\"amount due\""));
        assertEquals(
                List.of(2L, 3L, 1L),
                ids(results),
                "the title first, then as often or not in the text alike: newest first");
        String text = (String) results.hits().get(1).formatted().get("ocr_text");
        assertTrue(text.contains("<mark>amount") && text.contains("due</mark>"), "the phrase is highlighted: " + text);
    }

    @Test
    void aSecondWriterOnTheSameFolderIsRefusedWithAnEngineError() {
        index.index(document(1).text("x").build());
        try (LuceneSearchIndex second = new LuceneSearchIndex(folder.resolve("index"))) {
            SearchEngineException error = assertThrows(SearchEngineException.class, second::count);
            assertTrue(error.getMessage().contains("locked"), error.getMessage());
            assertEquals(ComponentHealth.Status.ERROR, second.health().status());
        }
        assertEquals(ComponentHealth.Status.OK, index.health().status());
        assertEquals(1L, index.health().facts().get("documents"));
    }

    @Test
    void nothingSearchableInTheQueryFindsNothing() {
        index.index(document(1).text("the and die der").build());
        assertEquals(0, index.search(query("   ")).total());
        assertEquals(0, index.search(query("\"\"")).total());
        assertNull(UserQuery.parse("...", new SearchAnalyzer()));
    }

    private SearchResults filtered(Filters filters) {
        return index.search(query("Rechnung", filters));
    }

    private static SearchQuery sorted(SortBy sortBy, SortOrder order) {
        return new SearchQuery("report", Filters.NONE, sortBy, order, 1, 20, Visibility.all());
    }

    private static SearchQuery visibleTo(Visibility visibility) {
        return new SearchQuery("shared", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC, 1, 20, visibility);
    }

    private static List<Long> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::fileId).toList();
    }

    private static Set<Long> idSet(SearchResults results) {
        return Set.copyOf(ids(results));
    }
}
