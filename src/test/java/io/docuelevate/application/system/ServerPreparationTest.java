package io.docuelevate.application.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.identity.IdentitySettings;
import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.settings.ApplicationSetting;
import io.docuelevate.domain.settings.SettingsRepository;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServerPreparationTest {

    private final List<String> calls = new ArrayList<>();
    private final Map<String, String> stored = new HashMap<>();
    private final ServerPreparation preparation = new ServerPreparation();
    private String configurationProblem;
    private boolean authEnabled;
    private String sessionSecret;
    private String adminPassword;
    private boolean layoutFails;

    @BeforeEach
    void wire() {
        preparation.environment = new ServerEnvironment() {
            @Override
            public void checkConfiguration() {
                calls.add("configuration");
                if (configurationProblem != null) {
                    throw new StartupFailure(configurationProblem);
                }
            }

            @Override
            public String version() {
                return "test";
            }

            @Override
            public String role() {
                return "all";
            }

            @Override
            public boolean apiOnly() {
                return false;
            }
        };
        preparation.security = new IdentitySettings() {
            @Override
            public boolean authEnabled() {
                return authEnabled;
            }

            @Override
            public Optional<String> sessionSecret() {
                return Optional.ofNullable(sessionSecret);
            }

            @Override
            public Optional<String> adminPassword() {
                return Optional.ofNullable(adminPassword);
            }

            @Override
            public String adminUsername() {
                return "admin";
            }

            @Override
            public String adminGroupName() {
                return "admin";
            }

            @Override
            public Optional<String> publicBaseUrl() {
                return Optional.empty();
            }

            @Override
            public boolean unownedDocumentsVisibleToAll() {
                return false;
            }
        };
        preparation.workdir = new DocumentFiles() {
            @Override
            public Path root() {
                return Path.of("/work-dir");
            }

            @Override
            public void createLayout() throws IOException {
                calls.add("layout");
                if (layoutFails) {
                    throw new IOException("read-only file system");
                }
            }
        };
        preparation.database = () -> calls.add("database");
        preparation.settingsRepository = new SettingsRepository() {
            @Override
            public Optional<String> find(String key) {
                return Optional.ofNullable(stored.get(key));
            }

            @Override
            public boolean putIfAbsent(String key, String value) {
                return stored.putIfAbsent(key, value) == null;
            }
        };
        preparation.state = new StartupState();
    }

    @Test
    void preparesConfigurationWorkdirAndDatabaseInOrderThenMarksStartedWithTheStoredInstallationId() {
        stored.put(ApplicationSetting.INSTALLATION_ID, "first-replica");

        preparation.prepare();

        assertEquals(List.of("configuration", "layout", "database"), calls);
        assertTrue(preparation.state.isStarted());
        assertEquals("first-replica", preparation.state.installationId());
    }

    @Test
    void invalidConfigurationStopsBeforeAnythingIsTouched() {
        configurationProblem = "DOCUELEVATE_ROLE 'both' is invalid: use all, api or worker";

        StartupFailure failure = assertThrows(StartupFailure.class, preparation::prepare);

        assertEquals(configurationProblem, failure.getMessage());
        assertEquals(List.of("configuration"), calls);
        assertFalse(preparation.state.isStarted());
    }

    @Test
    void weakSecretsStopTheStartOnlyWithAuthenticationOn() {
        authEnabled = true;
        sessionSecret = "short";
        adminPassword = "a-long-enough-admin-password";

        StartupFailure failure = assertThrows(StartupFailure.class, preparation::prepare);

        assertTrue(failure.getMessage().startsWith("SESSION_SECRET has 5 characters"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith("(AUTH_ENABLED=true)"), failure.getMessage());
        assertEquals(List.of("configuration"), calls);

        authEnabled = false;
        calls.clear();
        preparation.prepare();
        assertEquals(List.of("configuration", "layout", "database"), calls);
    }

    @Test
    void aWorkdirThatCannotBeLaidOutNamesTheFolderAndTheCause() {
        layoutFails = true;

        StartupFailure failure = assertThrows(StartupFailure.class, preparation::prepare);

        assertEquals(
                "cannot create the work directory layout under WORKDIR=/work-dir: IOException read-only file system",
                failure.getMessage());
        assertEquals(List.of("configuration", "layout"), calls);
    }
}
