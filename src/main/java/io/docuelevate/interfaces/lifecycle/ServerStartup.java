package io.docuelevate.interfaces.lifecycle;

import io.docuelevate.application.system.ServerPreparation;
import io.docuelevate.application.system.StartupFailure;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Runs the start-up sequence ({@link ServerPreparation}: configuration, work directory, database and
 * schema) before anything else. A failure stops the server with one clear line (no stack trace, no
 * secret) and exit code 1, so an orchestrator sees a failed start instead of a server that answers but
 * cannot work.
 */
@ApplicationScoped
public class ServerStartup {

    private static final Logger LOG = Logger.getLogger(ServerStartup.class.getName());

    @Inject
    ServerPreparation preparation;

    void onStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) Startup event) {
        try {
            preparation.prepare();
        } catch (StartupFailure e) {
            stop(e.getMessage());
        }
    }

    private static void stop(String reason) {
        LOG.severe("DocuElevate cannot start: " + reason);
        Thread exit = new Thread(() -> System.exit(1), "docuelevate-startup-abort");
        exit.setDaemon(false);
        exit.start();
    }
}
