package io.docuelevate.it.support;

import jakarta.json.JsonObject;
import java.time.Duration;

/** Waits on documents through the Files API, as a client would. */
public final class Documents {

    private Documents() {}

    /** Polls {@code GET /api/files/{id}} until its status is terminal (completed, failed, duplicate). */
    public static JsonObject awaitTerminal(String baseUrl, long fileId, Duration within) {
        return Poll.until(within, "file " + fileId + " to reach a terminal state", () -> {
            Http.Answer answer = Http.get(baseUrl + "/api/files/" + fileId);
            if (answer.status() != 200) {
                return null;
            }
            JsonObject detail = answer.json();
            String status = detail.getJsonObject("processing_status").getString("status");
            return status.equals("completed") || status.equals("failed") || status.equals("duplicate") ? detail : null;
        });
    }

    public static String status(JsonObject detail) {
        return detail.getJsonObject("processing_status").getString("status");
    }

    /** The state of one step in a file detail ({@code steps} or, failing that, the newest log line). */
    public static String stepStatus(JsonObject detail, String step) {
        if (detail.containsKey("steps")) {
            for (var value : detail.getJsonArray("steps")) {
                JsonObject s = value.asJsonObject();
                if (step.equals(s.getString("step_name"))) {
                    return s.getString("status");
                }
            }
        }
        for (var value : detail.getJsonArray("logs")) {
            JsonObject log = value.asJsonObject();
            if (step.equals(log.getString("step_name"))) {
                return log.getString("status");
            }
        }
        return null;
    }
}
