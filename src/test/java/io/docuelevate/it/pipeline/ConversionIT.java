package io.docuelevate.it.pipeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.OfficeFiles;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Office, text and e-mail files on one server with real LibreOffice: every accepted type is converted in
 * {@code convert_to_pdf}, runs through the pipeline on the PDF and is found by a word from it; the original
 * stays byte-identical; HTML makes LibreOffice fetch nothing; an e-mail's PDF attachment becomes a document of
 * its own (its .exe attachment does not); a damaged .docx fails with the reason.
 */
class ConversionIT {

    private static final Duration WITHIN = Duration.ofSeconds(90);
    private static LibertyServer server;
    private static HttpServer remote;
    private static final AtomicInteger REMOTE_REQUESTS = new AtomicInteger();

    @TempDir
    static Path scratch;

    @BeforeAll
    static void start() throws IOException {
        remote = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        remote.createContext("/", exchange -> {
            REMOTE_REQUESTS.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        remote.start();
        server = LibertyServer.war("it-convert").start();
    }

    @AfterAll
    static void stop() {
        server.stop();
        remote.stop(0);
    }

    private record Upload(String name, byte[] bytes, String word) {}

    @Test
    void everyOfficeTextAndEmailTypeIsConvertedProcessedAndFoundByAWordFromIt() {
        String remoteImage = "http://127.0.0.1:" + remote.getAddress().getPort() + "/pixel.png";
        List<Upload> uploads = List.of(
                new Upload("report.docx", OfficeFiles.docx("aardvark"), "aardvark"),
                new Upload("budget.xlsx", OfficeFiles.xlsx("bandicoot"), "bandicoot"),
                new Upload("roadmap.pptx", OfficeFiles.pptx("capybara"), "capybara"),
                new Upload("minutes.odt", OfficeFiles.odt("dromedary"), "dromedary"),
                new Upload("inventory.ods", OfficeFiles.ods("echidna"), "echidna"),
                new Upload("keynote.odp", OfficeFiles.odp("flamingo"), "flamingo"),
                new Upload("contract.rtf", OfficeFiles.rtf("gazelle"), "gazelle"),
                new Upload("list.txt", OfficeFiles.txt("hedgehog"), "hedgehog"),
                new Upload("notes.md", OfficeFiles.markdown("iguana"), "iguana"),
                new Upload("newsletter.html", OfficeFiles.html("jackal", remoteImage), "jackal"),
                new Upload(
                        "old.doc", OfficeFiles.legacy(scratch, "old.docx", OfficeFiles.docx("koala"), "doc"), "koala"),
                new Upload(
                        "old.xls",
                        OfficeFiles.legacy(scratch, "old.xlsx", OfficeFiles.xlsx("lemming"), "xls"),
                        "lemming"),
                new Upload(
                        "old.ppt",
                        OfficeFiles.legacy(scratch, "old.pptx", OfficeFiles.pptx("mongoose"), "ppt"),
                        "mongoose"));
        Map<Long, Upload> byId = new LinkedHashMap<>();
        Map<Long, String> stored = new LinkedHashMap<>();
        for (Upload upload : uploads) {
            JsonObject answer = upload(upload.name(), upload.bytes());
            long id = answer.getJsonNumber("file_id").longValue();
            byId.put(id, upload);
            stored.put(id, answer.getString("stored_filename"));
        }
        List<String> problems = new ArrayList<>();
        for (Map.Entry<Long, Upload> entry : byId.entrySet()) {
            long id = entry.getKey();
            Upload upload = entry.getValue();
            JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);
            if (!"completed".equals(Documents.status(detail))
                    || !"success".equals(Documents.stepStatus(detail, "convert_to_pdf"))) {
                problems.add(upload.name() + ": " + detail);
                continue;
            }
            assertTrue(
                    stepMessage(detail, "convert_to_pdf").matches("Converted [A-Z]+ to PDF in \\d+\\.\\d s.*"),
                    stepMessage(detail, "convert_to_pdf"));
            assertArrayEquals(upload.bytes(), original(stored.get(id)), upload.name() + ": original byte-identical");
            if (!found(upload.word(), id)) {
                problems.add(upload.name() + ": not found by '" + upload.word() + "': " + detail.getJsonArray("logs"));
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(0, REMOTE_REQUESTS.get(), "the HTML's remote image and style sheet were never fetched");
        assertTrue(
                Files.notExists(server.workdir()
                        .resolve("tmp/convert-" + byId.keySet().iterator().next() + ".pdf")),
                "the converted PDF is removed when the pipeline completes");

        JsonObject converter = Http.get(server.baseUrl() + "/api/health")
                .json()
                .getJsonObject("checks")
                .getJsonObject("converter");
        assertEquals("ok", converter.getString("status"), converter.toString());
        assertEquals("running", converter.getString("process"), converter.toString());
    }

    @Test
    void anEmailBecomesItsBodyAsPdfAndADocumentPerAcceptedAttachment() {
        byte[] pdf = TestDocuments.textPdf("Attached statement", "Reference narwhal 2026");
        byte[] eml = OfficeFiles.eml("ocelot", "statement.pdf", pdf);
        JsonObject answer = upload("mail.eml", eml);
        long id = answer.getJsonNumber("file_id").longValue();
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);
        assertEquals("completed", Documents.status(detail), detail.toString());
        String message = stepMessage(detail, "convert_to_pdf");
        assertTrue(message.contains("'statement.pdf' stored as document"), message);
        assertTrue(message.contains("'setup.exe' skipped: not an accepted type"), message);
        assertArrayEquals(eml, original(answer.getString("stored_filename")));
        assertTrue(found("ocelot", id), "the body is searchable");

        long attachment = Long.parseLong(message.replaceAll(".*'statement\\.pdf' stored as document (\\d+).*", "$1"));
        JsonObject attached = Documents.awaitTerminal(server.baseUrl(), attachment, WITHIN);
        assertEquals("completed", Documents.status(attached), attached.toString());
        assertEquals("mail.eml - statement.pdf", attached.getJsonObject("file").getString("original_filename"));
        assertEquals(null, Documents.stepStatus(attached, "convert_to_pdf"), "a PDF is not converted");
        assertTrue(found("narwhal", attachment), "the attachment is searchable");
    }

    @Test
    void aDamagedDocxFailsAtConvertToPdfWithTheReasonAndIsNotRetried() {
        byte[] damaged = Arrays.copyOf(OfficeFiles.docx("damaged"), 600);
        long id = upload("broken.docx", damaged).getJsonNumber("file_id").longValue();
        JsonObject detail = Documents.awaitTerminal(server.baseUrl(), id, WITHIN);
        assertEquals("failed", Documents.status(detail), detail.toString());
        assertEquals("failure", Documents.stepStatus(detail, "convert_to_pdf"));
        assertTrue(detail.toString().contains("conversion to PDF failed: LibreOffice"), detail.toString());
        assertEquals("pending", Documents.stepStatus(detail, "check_text"), "later steps never ran");
        long retries = detail.getJsonArray("logs").stream()
                .filter(l -> l.asJsonObject().getString("message", "").contains("retrying"))
                .count();
        assertEquals(0, retries, "a rejected document is not retried");
    }

    @Test
    void aPlainZipWithAnOfficeNameIsStillRefused() {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", "report.docx", TestDocuments.zip());
        assertEquals(415, answer.status(), answer.body());
        assertTrue(answer.json().getString("detail").contains("DOCX"), answer.body());
    }

    private static JsonObject upload(String name, byte[] bytes) {
        Http.Answer answer = Http.upload(server.baseUrl() + "/api/ui-upload", name, bytes);
        assertEquals(200, answer.status(), name + ": " + answer.body());
        assertEquals("queued", answer.json().getString("status"), answer.body());
        return answer.json();
    }

    private static boolean found(String word, long id) {
        try {
            Poll.until(Duration.ofSeconds(20), "'" + word + "' to find " + id, () -> {
                JsonObject hits = Http.get(
                                server.baseUrl() + "/api/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8))
                        .json();
                return hits.getJsonArray("results").stream()
                                .map(JsonValue::asJsonObject)
                                .anyMatch(hit -> hit.getJsonNumber("file_id").longValue() == id)
                        ? Boolean.TRUE
                        : null;
            });
            return true;
        } catch (AssertionError | RuntimeException e) {
            return false;
        }
    }

    private static String stepMessage(JsonObject detail, String step) {
        for (JsonValue value : detail.getJsonArray("logs")) {
            JsonObject log = value.asJsonObject();
            if (step.equals(log.getString("step_name", ""))
                    && !"in_progress".equals(log.getString("status", ""))
                    && !"pending".equals(log.getString("status", ""))) {
                return log.getString("message", "");
            }
        }
        return "";
    }

    private static byte[] original(String storedFilename) {
        try {
            return Files.readAllBytes(server.workdir().resolve("original").resolve(storedFilename));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
