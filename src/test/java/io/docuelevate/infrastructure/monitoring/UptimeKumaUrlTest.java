package io.docuelevate.infrastructure.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.system.HealthReport;
import io.docuelevate.domain.health.ComponentHealth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UptimeKumaUrlTest {

    @Test
    void replacesUptimeKumasExampleParametersWithTheCurrentState() {
        assertEquals(
                "https://uptime.example.com/api/push/abc123?status=up&msg=OK&ping=42",
                UptimeKumaUrl.build("https://uptime.example.com/api/push/abc123?status=up&msg=OK&ping=", true, "OK", 42)
                        .toString());
        assertEquals(
                "http://127.0.0.1:3001/api/push/x?status=down&msg=error%3A%20database%20error&ping=1500",
                UptimeKumaUrl.build("http://127.0.0.1:3001/api/push/x", false, "error: database error", 1500)
                        .toString());
    }

    @Test
    void keepsOtherParametersAndLeavesPingEmptyWhenUnknown() {
        assertEquals(
                "https://k.example/api/push/t?tenant=a%20b&status=up&msg=degraded%3A%20redis%20error&ping=",
                UptimeKumaUrl.build(
                                "https://k.example/api/push/t?tenant=a%20b&msg=old", true, "degraded: redis error", -1)
                        .toString());
    }

    @Test
    void longMessagesAreCutAndEmptyOnesSayOk() {
        String url = UptimeKumaUrl.build("https://k.example/api/push/t", true, "x".repeat(500), 1)
                .toString();
        assertTrue(url.length() < 300, url);
        assertTrue(UptimeKumaUrl.build("https://k.example/api/push/t", true, " ", 1)
                .toString()
                .contains("msg=OK"));
    }

    @Test
    void refusesAnythingButHttpUrls() {
        assertThrows(IllegalArgumentException.class, () -> UptimeKumaUrl.build("ftp://k.example/push", true, "OK", 1));
        assertThrows(
                IllegalArgumentException.class,
                () -> UptimeKumaUrl.build("uptime.example.com/api/push/x", true, "OK", 1));
    }

    @Test
    void logMessagesNeverShowThePushToken() {
        String redacted = UptimeKumaUrl.redacted("https://uptime.example.com:3001/api/push/SECRET-TOKEN?status=up");
        assertEquals("https://uptime.example.com:3001/…", redacted);
        assertFalse(redacted.contains("SECRET"));
    }

    @Test
    void theMessageNamesTheChecksThatAreNotOk() {
        Map<String, ComponentHealth> checks = new LinkedHashMap<>();
        checks.put("database", ComponentHealth.ok(Map.of()));
        checks.put("redis", ComponentHealth.error("refused"));
        assertEquals(
                "degraded: redis error", UptimeKumaHeartbeat.message(new HealthReport(HealthReport.DEGRADED, checks)));
        assertEquals("OK", UptimeKumaHeartbeat.message(new HealthReport(HealthReport.OK, Map.of())));
    }
}
