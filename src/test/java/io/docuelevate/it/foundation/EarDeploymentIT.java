package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.Http;
import io.docuelevate.it.support.LibertyServer;
import org.junit.jupiter.api.Test;

/** The EAR of {@code ear/} deploys on Liberty and serves the same API. */
class EarDeploymentIT {

    @Test
    void earDeploysAndAnswersHealth() {
        try (LibertyServer server = LibertyServer.ear("it-ear").start()) {
            Http.Answer answer = Http.get(server.baseUrl() + "/api/health");
            assertEquals(200, answer.status(), answer.body());
            assertEquals("ok", answer.json().getString("status"));
            assertTrue(server.messagesLog().contains("docuelevate"), "application named docuelevate");
        }
    }
}
