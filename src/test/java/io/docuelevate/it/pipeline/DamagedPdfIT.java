package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.PostgresDatabases;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Damaged PDFs through the real server (issue 17, item 2): a PDF cut at 40 % of its bytes is repaired and
 * completes, and says so in {@code check_text}'s message, the server log (WARNING) and the detail answer
 * ({@code repaired}, {@code damage}); a PDF that cannot be repaired fails with the parser's reason. Either way
 * the original stays byte-identical. On PostgreSQL, where the flag is stored (migration V9); the web tests run on H2.
 */
class DamagedPdfIT {

    private static final Duration WITHIN = Duration.ofMinutes(4);
    private static final String EOF_MISSING = "Missing end of file marker '%%EOF'";
    private static String database;
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        database = PostgresDatabases.create("it_damaged");
        server = LibertyServer.war("it-damaged")
                .env("DATABASE_URL", PostgresDatabases.url(database))
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        PostgresDatabases.drop(database);
    }

    @Test
    void aPdfCutAtFortyPercentIsRepairedAndSaysSo() throws IOException {
        byte[] cut = TestDocuments.cutShort(Files.readAllBytes(TestDocuments.CORPUS.resolve("multipage.pdf")), 40);

        long id = upload("multipage-cut.pdf", cut);
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);

        assertEquals("completed", Documents.status(detail), "repair is fine: " + detail);
        assertTrue(detail.getBoolean("repaired"), "flagged in the detail answer");
        assertEquals(EOF_MISSING, detail.getString("damage"), "with the strict parser's reason");
        String checkText = successMessage(detail, "check_text");
        assertTrue(
                checkText.contains("warning: the PDF is damaged and was repaired (" + EOF_MISSING + ")"),
                "check_text says so: " + checkText);
        assertTrue(
                server.messagesLog()
                        .lines()
                        .anyMatch(line -> line.contains(" W ")
                                && line.contains("the PDF is damaged and was repaired to be read: " + EOF_MISSING)),
                "the server log warns");
        assertOriginalUnchanged(id, cut);
    }

    @Test
    void aSoundPdfIsNotFlagged() {
        long id = upload("sound.pdf", TestDocuments.textPdf("Invoice 2026-0042 for garden tools", "Total 118.00 EUR"));
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);

        assertEquals("completed", Documents.status(detail));
        assertFalse(detail.getBoolean("repaired"));
        assertEquals(JsonValue.NULL, detail.get("damage"));
        assertFalse(successMessage(detail, "check_text").contains("damaged"));
    }

    @Test
    void aPdfCutSoShortThatNoPageRemainsFailsWithTheParsersReason() throws IOException {
        byte[] cut = TestDocuments.cutShort(Files.readAllBytes(TestDocuments.CORPUS.resolve("trivial.pdf")), 40);

        long id = upload("trivial-cut.pdf", cut);
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);

        assertEquals("failed", Documents.status(detail));
        assertEquals("failure", Documents.stepStatus(detail, "check_text"));
        assertEquals("unreadable PDF: " + EOF_MISSING + "; the repair recovered no page", checkTextError(detail));
        assertOriginalUnchanged(id, cut);
    }

    @Test
    void garbageAfterAPdfHeaderFailsWithTheParsersReason() {
        byte[] garbage = TestDocuments.pdfHeaderThenGarbage();

        long id = upload("garbage.pdf", garbage);
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);

        assertEquals("failed", Documents.status(detail));
        String error = checkTextError(detail);
        assertTrue(error.startsWith("unreadable PDF: ") && error.length() > 25, "the parser's reason: " + error);
        assertFalse(error.contains("\tat "), "no stack trace: " + error);
        assertOriginalUnchanged(id, garbage);
    }

    private static long upload(String name, byte[] content) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, content);
        assertEquals(200, answer.status(), answer.body());
        return answer.json().getJsonNumber("file_id").longValue();
    }

    /** The message of the step's newest {@code success} line in the processing log. */
    private static String successMessage(JsonObject detail, String step) {
        return detail.getJsonArray("logs").stream()
                .map(JsonValue::asJsonObject)
                .filter(log -> step.equals(log.getString("step_name")) && "success".equals(log.getString("status")))
                .map(log -> log.getString("message"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no success of " + step + " in " + detail));
    }

    private static String checkTextError(JsonObject detail) {
        return detail.getJsonArray("steps").stream()
                .map(JsonValue::asJsonObject)
                .filter(step -> "check_text".equals(step.getString("step_name")))
                .map(step -> step.getString("error_message"))
                .findFirst()
                .orElseThrow();
    }

    private static void assertOriginalUnchanged(long id, byte[] uploaded) {
        byte[] original = Http.download(server.baseUrl() + "/api/files/" + id + "/download?version=original")
                .body();
        assertEquals(TestDocuments.sha256(uploaded), TestDocuments.sha256(original), "the original, byte-identical");
    }
}
