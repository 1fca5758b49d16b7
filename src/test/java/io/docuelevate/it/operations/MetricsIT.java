package io.docuelevate.it.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Documents;
import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import io.docuelevate.it.support.Poll;
import io.docuelevate.it.support.TestDocuments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code /metrics} on a real server with authentication on (as production runs): readable by a scraper
 * without a login, Liberty's REST timings, the live gauges, the pipeline counters, and JSON console logs.
 */
class MetricsIT {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static LibertyServer server;

    @BeforeAll
    static void start() {
        server = LibertyServer.war("it-metrics")
                .withAuth()
                .env("LOG_CONSOLE_FORMAT", "json")
                .env("BACKUP_ENABLED", "false")
                .env("CLUSTER_HEARTBEAT_SECONDS", "2")
                .start();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    private static String metrics() {
        Http.Answer answer = Http.get(server.baseUrl() + "/metrics");
        assertEquals(200, answer.status(), "a scraper reads /metrics without a login: " + answer.body());
        return answer.body();
    }

    /** The value of the first sample whose line starts with {@code prefix} (name plus tags). */
    static OptionalDouble sample(String metrics, String name, String... tagFragments) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith("#") || !line.startsWith(name + "{") && !line.startsWith(name + " ")) {
                continue;
            }
            boolean all = true;
            for (String fragment : tagFragments) {
                all &= line.contains(fragment);
            }
            if (all) {
                return OptionalDouble.of(Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)));
            }
        }
        return OptionalDouble.empty();
    }

    @Test
    void gaugesAreLiveWithoutALogin() {
        String metrics = metrics();
        assertTrue(
                sample(metrics, "docuelevate_queue_depth", "queue=\"document_processor\"")
                        .isPresent(),
                metrics);
        assertTrue(sample(metrics, "docuelevate_active_workers").isPresent(), metrics);
        Poll.until(
                Duration.ofSeconds(30),
                "this replica's heartbeat in the live-replica gauge",
                () -> sample(metrics(), "docuelevate_live_worker_replicas").orElse(0) >= 1 ? true : null);
        assertEquals(
                -1.0,
                sample(metrics, "docuelevate_backup_last_verified_age_seconds").orElse(0),
                0.0,
                "no backup yet: " + metrics);
        assertTrue(metrics.contains("# TYPE"), "Prometheus text format");
    }

    @Test
    void restRequestTimingsAppearForTheApi() {
        for (int i = 0; i < 3; i++) {
            Http.get(server.baseUrl() + "/api/health");
        }
        String metrics = metrics();
        Matcher health = Pattern.compile("REST_request_seconds_count\\{[^}]*HealthResource[^}]*} ([0-9.E]+)")
                .matcher(metrics);
        assertTrue(health.find(), "REST.request timer of HealthResource in:\n" + grep(metrics, "REST_request"));
        assertTrue(Double.parseDouble(health.group(1)) >= 3);
    }

    @Test
    void processingADocumentMovesTheCountersAndQueueGauge() {
        AdminClient admin = AdminClient.login(server);
        byte[] pdf = TestDocuments.textPdf("Metrics invoice 2026-77", "Total 12.00 EUR");
        Http.Answer upload = admin.upload("/api/ui-upload", "m.pdf", pdf);
        assertEquals(200, upload.status(), upload.body());
        long fileId = upload.json().getJsonNumber("file_id").longValue();
        Poll.until(WITHIN, "document " + fileId + " to finish", () -> {
            Http.Answer detail = admin.get("/api/files/" + fileId);
            String status = detail.status() == 200 ? Documents.status(detail.json()) : "";
            return status.equals("completed") || status.equals("failed") ? status : null;
        });
        String metrics = metrics();
        assertEquals(
                0.0,
                sample(metrics, "docuelevate_queue_depth", "queue=\"document_processor\"")
                        .orElse(-1),
                0.0);
        assertTrue(
                sample(metrics, "docuelevate_documents_ingested_total", "mime_type=\"application/pdf\"")
                                .orElse(0)
                        >= 1,
                grep(metrics, "docuelevate_"));
        assertTrue(
                sample(metrics, "docuelevate_documents_processed_total", "mime_type=\"application/pdf\"")
                                .orElse(0)
                        >= 1,
                grep(metrics, "docuelevate_"));
        assertTrue(
                sample(metrics, "docuelevate_step_duration_seconds_count", "step=\"extract_text\"")
                                .orElse(0)
                        >= 1,
                grep(metrics, "docuelevate_step"));
        assertTrue(metrics.contains("docuelevate_step_duration_seconds_bucket"), "histogram buckets for Prometheus");

        double searchesBefore =
                sample(metrics, "docuelevate_search_latency_seconds_count").orElse(0);
        assertEquals(200, admin.get("/api/search?q=Metrics").status());
        assertTrue(
                sample(metrics(), "docuelevate_search_latency_seconds_count").orElse(0) >= searchesBefore + 1,
                grep(metrics(), "docuelevate_search"));

        List<String> documentLines = server.console()
                .lines()
                .filter(l -> l.contains("\"ext_file_id\":\"" + fileId + "\""))
                .toList();
        assertFalse(documentLines.isEmpty(), "pipeline lines carry the document id");
        assertTrue(
                documentLines.stream()
                        .allMatch(l ->
                                l.contains("\"ext_task_id\":\"" + upload.json().getString("task_id"))),
                String.join("\n", documentLines));
    }

    @Test
    void consoleLogsAreJson() {
        List<String> lines =
                server.console().lines().filter(l -> l.startsWith("{")).toList();
        assertTrue(lines.size() > 5, server.console());
        JsonObject started = lines.stream()
                .map(l -> Json.createReader(new StringReader(l)).readObject())
                .filter(o -> o.getString("message", "").contains("DocuElevate"))
                .findFirst()
                .orElseThrow();
        assertEquals("liberty_message", started.getString("type"));
        assertTrue(lines.stream().noneMatch(l -> l.contains(server.adminPassword())), "no secret in the logs");
    }

    private static String grep(String text, String fragment) {
        return String.join("\n", text.lines().filter(l -> l.contains(fragment)).toList());
    }
}
