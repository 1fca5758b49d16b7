package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessRulesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/health",
                "/api/diagnostic/healthz/live",
                "/api/diagnostic/healthz/ready",
                "/health/ready",
                "/login",
                "/auth",
                "/logout",
                "/metrics",
                "/openapi"
            })
    void probesAndLoginArePublic(String path) {
        assertTrue(AccessRules.isPublic(path), path);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/files",
                "/api/diagnostic/health",
                "/api/ui-upload",
                "/api/api-tokens/",
                "/",
                "/api/healthz",
                "/api/health/../files",
                "/admin/readiness.html"
            })
    void everythingElseNeedsACaller(String path) {
        assertFalse(AccessRules.isPublic(path), path);
    }

    @Test
    void adminRoutes() {
        assertTrue(AccessRules.isAdminOnly("/api/admin/backup/"));
        assertTrue(AccessRules.isAdminOnly("/api/settings/"));
        assertTrue(AccessRules.isAdminOnly("/admin/readiness.html"));
        assertFalse(AccessRules.isAdminOnly("/api/files"));
        assertFalse(AccessRules.isAdminOnly("/api/administrators-guide"));
    }

    @Test
    void onlyLocalPathsAreFollowedAfterLogin() {
        assertEquals("/api/files?page=2", AccessRules.safeNext("/api/files?page=2"));
        assertEquals("/", AccessRules.safeNext("https://evil.example/"));
        assertEquals("/", AccessRules.safeNext("//evil.example/"));
        assertEquals("/", AccessRules.safeNext("/\\evil.example"));
        assertEquals("/", AccessRules.safeNext(null));
    }

    @Test
    void safeMethodsNeedNoCsrfToken() {
        assertFalse(AccessRules.changesState("GET"));
        assertFalse(AccessRules.changesState("HEAD"));
        assertTrue(AccessRules.changesState("POST"));
        assertTrue(AccessRules.changesState("DELETE"));
    }
}
