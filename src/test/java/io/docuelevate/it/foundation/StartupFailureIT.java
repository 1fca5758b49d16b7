package io.docuelevate.it.foundation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.it.support.LibertyServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A malformed DATABASE_URL or an unreachable database stops the start with one clear line, password masked. */
class StartupFailureIT {

    private static final Duration WITHIN = Duration.ofSeconds(120);
    private static final String SECRET = "s3cr3t-Pa55";

    @Test
    void malformedDatabaseUrlStopsTheStart() {
        try (LibertyServer server = LibertyServer.war("it-badurl")
                .env("DATABASE_URL", "postgresql://bob:" + SECRET + "@db.internal:notaport/docs")) {
            int exit = server.startExpectingExit(WITHIN);
            assertNotEquals(0, exit);
            String line = failureLine(server);
            assertTrue(
                    line.contains("DATABASE_URL 'postgresql://bob:****@db.internal:notaport/docs' is invalid"), line);
            assertTrue(line.contains("port 'notaport' is not a number"), line);
            assertFalse(server.console().contains(SECRET), "password never printed");
            assertFalse(server.messagesLog().contains(SECRET), "password never logged");
        }
    }

    @Test
    void unreachableDatabaseStopsTheStart() {
        int closedPort = LibertyServer.freePort();
        try (LibertyServer server = LibertyServer.war("it-nodb")
                .env("DATABASE_URL", "postgresql://bob:" + SECRET + "@127.0.0.1:" + closedPort + "/docs")) {
            int exit = server.startExpectingExit(WITHIN);
            assertNotEquals(0, exit);
            String line = failureLine(server);
            assertTrue(
                    line.contains(
                            "cannot connect to the database postgresql://bob:****@127.0.0.1:" + closedPort + "/docs"),
                    line);
            assertFalse(server.console().contains(SECRET), "password never printed");
            assertFalse(server.messagesLog().contains(SECRET), "password never logged");
        }
    }

    private static String failureLine(LibertyServer server) {
        List<String> lines = server.console()
                .lines()
                .filter(l -> l.contains("DocuElevate cannot start:"))
                .toList();
        assertEquals(1, lines.size(), "exactly one failure line:\n" + server.console());
        return lines.get(0);
    }
}
