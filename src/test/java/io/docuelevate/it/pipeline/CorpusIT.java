package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every real-world file of the OCRmyPDF corpus ({@code src/test/resources/corpus/ocrmypdf}) (well-formed and malformed) goes through the
 * real pipeline with real Tesseract and ends in a terminal state with a readable reason; the scanned
 * page {@code linn.pdf} gives back at least 90 % of the words of {@code linn.txt}.
 */
class CorpusIT {

    private static final Duration WITHIN = Duration.ofMinutes(8);
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-corpus").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void everyCorpusFileReachesATerminalStateWithAReason() throws IOException {
        Map<String, Long> uploaded = new LinkedHashMap<>();
        for (Path file : corpusFiles()) {
            Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", file);
            assertEquals(200, answer.status(), file + ": " + answer.body());
            JsonObject body = answer.json();
            long id = body.getString("status").equals("duplicate")
                    ? body.getJsonObject("duplicate_of")
                            .getJsonNumber("original_file_id")
                            .longValue()
                    : body.getJsonNumber("file_id").longValue();
            uploaded.put(file.getFileName().toString(), id);
        }
        Map<String, String> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : uploaded.entrySet()) {
            JsonObject detail = Documents.awaitTerminal(server.baseUrl(), entry.getValue(), WITHIN);
            String status = Documents.status(detail);
            outcomes.put(entry.getKey(), status);
            if (status.equals("failed")) {
                String reasons = detail.getJsonArray("logs").stream()
                        .map(l -> l.asJsonObject())
                        .filter(l -> l.getString("status").equals("failure"))
                        .map(l -> l.getString("message", ""))
                        .reduce("", String::concat);
                assertFalse(reasons.isBlank(), entry.getKey() + " failed without a reason: " + detail);
                assertFalse(reasons.contains("Exception") && reasons.contains("\tat "), "no stack traces: " + reasons);
            }
        }
        System.out.println("corpus outcomes: " + outcomes);
        assertEquals("completed", outcomes.get("linn.pdf"));
        assertEquals("completed", outcomes.get("multipage.pdf"));
        assertEquals("failed", outcomes.get("hugemono.pdf"), "pixel bomb refused");
        assertEquals("failed", outcomes.get("enormous.pdf"), "page-size bomb refused");
        assertEquals(200, Http.get(server.baseUrl() + "/api/health").status(), "the server survived the corpus");
    }

    @Test
    void scannedPageTextIsRecovered() throws IOException {
        Path linn = TestDocuments.CORPUS.resolve("linn.pdf");
        byte[] bytes = Files.readAllBytes(linn);
        bytes = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        bytes[bytes.length - 1] = '\n';
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", "linn-scan.pdf", bytes);
        long fileId = answer.json().getString("status").equals("duplicate")
                ? answer.json()
                        .getJsonObject("duplicate_of")
                        .getJsonNumber("original_file_id")
                        .longValue()
                : answer.json().getJsonNumber("file_id").longValue();
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), fileId, WITHIN);
        assertEquals("completed", Documents.status(detail));
        assertEquals("success", Documents.stepStatus(detail, "process_with_ocr"));

        Http.Answer processed = Http.get(server.baseUrl() + "/api/files/" + fileId + "/download?version=processed");
        assertEquals(200, processed.status(), "searchable PDF produced");
        String text = searchableText(fileId);
        List<String> expected = words(Files.readString(TestDocuments.CORPUS.resolve("linn.txt")));
        Map<String, Integer> found = counts(words(text));
        int recovered = 0;
        for (String word : expected) {
            Integer left = found.get(word);
            if (left != null && left > 0) {
                recovered++;
                found.put(word, left - 1);
            }
        }
        double ratio = recovered / (double) expected.size();
        assertTrue(ratio >= 0.90, "recovered " + recovered + " of " + expected.size() + " words (" + ratio + ")");
    }

    /** The OCR text as the searchable PDF carries it (read back with PDFBox, as a search engine would). */
    private static String searchableText(long fileId) throws IOException {
        byte[] pdf = Http.download(server.baseUrl() + "/api/files/" + fileId + "/download?version=processed")
                .body();
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> files = Files.list(TestDocuments.CORPUS)) {
            return files.filter(p -> p.toString().matches(".*\\.(pdf|png|jpg)$"))
                    .sorted()
                    .toList();
        }
    }

    static List<String> words(String text) {
        return Stream.of(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> w.length() > 1)
                .toList();
    }

    private static Map<String, Integer> counts(List<String> words) {
        Map<String, Integer> counts = new HashMap<>();
        words.forEach(w -> counts.merge(w, 1, Integer::sum));
        return counts;
    }
}
