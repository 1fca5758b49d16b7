package io.docuelevate.infrastructure.config;

import io.docuelevate.application.system.AdminCenter;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The admin center is on exactly when {@code admin-center.xml} sits in the server's
 * {@code configDropins/overrides/} folder (docs/deployment.md "Liberty admin center"): {@code server.xml} never
 * includes it, so that file is the switch. The folder is Liberty's {@code server.config.dir}.
 */
@ApplicationScoped
public class LibertyAdminCenter implements AdminCenter {

    static final String OVERRIDE = "configDropins/overrides/admin-center.xml";

    @Override
    public boolean enabled() {
        return serverConfigDir().map(LibertyAdminCenter::enabledIn).orElse(false);
    }

    static boolean enabledIn(Path serverConfigDir) {
        return Files.isRegularFile(serverConfigDir.resolve(OVERRIDE));
    }

    private static Optional<Path> serverConfigDir() {
        return Optional.ofNullable(System.getProperty("server.config.dir"))
                .or(() -> Optional.ofNullable(System.getenv("SERVER_CONFIG_DIR")))
                .filter(dir -> !dir.isBlank())
                .map(Path::of);
    }
}
