package io.docuelevate.application.watch;

import io.docuelevate.application.delivery.Destinations;
import io.docuelevate.application.delivery.IntegrationHosts;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.domain.delivery.RemoteStoreProvider;
import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.integration.UserIntegration;
import io.docuelevate.domain.secret.SecretCipher;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The caller's integrations ({@code /api/integrations}): list, read, create, change, delete and test, always within
 * the caller's own (someone else's answer 404). {@code WATCH_FOLDER} sources, whose {@code config.path} must pass
 * {@link UserFolderPolicy}, and {@code DESTINATION}s of every type a destination adapter serves ({@code SFTP},
 * {@code S3}, …), whose settings the adapter checks and whose hosts pass {@link IntegrationHosts}. Secrets come in
 * {@code credentials}, are stored encrypted and never answered ({@code has_credentials} says whether there are any).
 */
@ApplicationScoped
public class Integrations {

    /** The types the reference knows; all but {@code WATCH_FOLDER} are refused as not supported yet. */
    static final Set<String> REFERENCE_TYPES = Set.of(
            "IMAP",
            "WATCH_FOLDER",
            "WEBHOOK",
            "S3",
            "DROPBOX",
            "GOOGLE_DRIVE",
            "ONEDRIVE",
            "WEBDAV",
            "NEXTCLOUD",
            "FTP",
            "SFTP",
            "EMAIL",
            "PAPERLESS",
            "RCLONE",
            "SHAREPOINT",
            "ICLOUD",
            "VECTOR_DATABASE");

    /** An integration as answered: never its credentials, only whether it has any. */
    public record View(
            long id,
            String direction,
            String integrationType,
            String name,
            JsonObject config,
            boolean hasCredentials,
            boolean active,
            OffsetDateTime lastUsedAt,
            String lastError,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {

        static View of(UserIntegration i) {
            return new View(
                    i.getId(),
                    i.getDirection(),
                    i.getIntegrationType(),
                    i.getName(),
                    parse(i.getConfig()),
                    i.getCredentials() != null && !i.getCredentials().isEmpty(),
                    i.isActive(),
                    i.getLastUsedAt(),
                    i.getLastError(),
                    i.getCreatedAt(),
                    i.getUpdatedAt());
        }
    }

    @Inject
    IntegrationRepository repository;

    @Inject
    WatchFolderOptions options;

    @Inject
    Destinations destinations;

    @Inject
    IntegrationHosts hosts;

    @Inject
    SecretCipher cipher;

    /** The outcome of a connection test: {@code {success, message}}. */
    public record TestResult(boolean success, String message) {}

    @Transactional
    public List<View> list(String ownerId) {
        return repository.list(ownerId).stream().map(View::of).toList();
    }

    @Transactional
    public View get(String ownerId, long id) {
        return View.of(find(ownerId, id));
    }

    @Transactional
    public View create(
            String ownerId,
            String direction,
            String type,
            String name,
            JsonObject config,
            JsonObject credentials,
            Boolean active) {
        String checkedType = type(type);
        String checkedDirection = direction(direction, checkedType);
        JsonObject checkedConfig = checkedConfig(checkedType, config, credentials);
        UserIntegration integration = new UserIntegration(
                ownerId, checkedDirection, checkedType, name(name), checkedConfig.toString(), active == null || active);
        if (credentials != null && !credentials.isEmpty()) {
            integration.changeCredentials(cipher.encrypt(credentials.toString()));
        }
        return View.of(repository.add(integration));
    }

    /** Changes what is given; credentials given replace the stored ones, absent ones are kept. */
    @Transactional
    public View update(
            String ownerId, long id, String name, JsonObject config, JsonObject credentials, Boolean active) {
        UserIntegration integration = find(ownerId, id);
        JsonObject secrets = credentials != null ? credentials : storedCredentials(integration);
        JsonObject checked = checkedConfig(
                integration.getIntegrationType(), config != null ? config : parse(integration.getConfig()), secrets);
        integration.change(name == null ? null : name(name), config == null ? null : checked.toString(), active);
        if (credentials != null) {
            integration.changeCredentials(credentials.isEmpty() ? null : cipher.encrypt(credentials.toString()));
        }
        return View.of(repository.update(integration));
    }

    /** Tests a stored destination: connects, signs in, checks its folder can be written, leaves nothing behind. */
    public TestResult test(String ownerId, long id) {
        UserIntegration integration = find(ownerId, id);
        if (!UserIntegration.DESTINATION.equals(integration.getDirection())) {
            return folderTest(parse(integration.getConfig()));
        }
        try {
            return test(destinations.of(integration).store());
        } catch (IllegalArgumentException e) {
            return new TestResult(false, e.getMessage());
        }
    }

    /** Tests settings not stored (the form's "test before saving"). */
    public TestResult test(String type, JsonObject config, JsonObject credentials) {
        String checkedType = type(type);
        if (UserIntegration.WATCH_FOLDER.equals(checkedType)) {
            return folderTest(watchFolderConfig(config));
        }
        JsonObject checked = checkedConfig(checkedType, config, credentials);
        RemoteStoreProvider provider = destinations.providerOfType(checkedType).orElseThrow();
        return test(provider.forIntegration(
                Destinations.strings(checked), Destinations.strings(orEmpty(credentials)), hosts));
    }

    private static TestResult test(RemoteStore store) {
        try {
            store.test();
            return new TestResult(true, "Connection successful");
        } catch (RemoteStoreException e) {
            return new TestResult(false, e.getMessage());
        }
    }

    private TestResult folderTest(JsonObject config) {
        if (config.get("path") instanceof JsonString text
                && Files.isDirectory(Path.of(text.getString()))
                && Files.isReadable(Path.of(text.getString()))) {
            return new TestResult(true, "The folder exists and can be read");
        }
        return new TestResult(false, "The folder does not exist or cannot be read");
    }

    private JsonObject storedCredentials(UserIntegration integration) {
        Map<String, String> stored = destinations.credentialsOf(integration);
        var builder = Json.createObjectBuilder();
        stored.forEach(builder::add);
        return builder.build();
    }

    @Transactional
    public void delete(String ownerId, long id) {
        repository.remove(find(ownerId, id));
    }

    private UserIntegration find(String ownerId, long id) {
        return repository
                .find(ownerId, id)
                .orElseThrow(
                        () -> new IntegrationException(IntegrationException.Reason.NOT_FOUND, "Integration not found"));
    }

    private String type(String type) {
        String supported = String.join(", ", supportedTypes());
        if (type == null || type.isBlank()) {
            throw IntegrationException.invalid("integration_type is required (" + supported + ")");
        }
        String upper = type.trim().toUpperCase(Locale.ROOT);
        if (UserIntegration.WATCH_FOLDER.equals(upper)
                || destinations.providerOfType(upper).isPresent()) {
            return upper;
        }
        if (REFERENCE_TYPES.contains(upper)) {
            throw IntegrationException.invalid(
                    "integration_type " + upper + " is not supported yet; supported: " + supported);
        }
        throw IntegrationException.invalid("integration_type '" + type + "' is unknown; supported: " + supported);
    }

    /** {@code WATCH_FOLDER} and the types of the destination adapters users may configure. */
    public List<String> supportedTypes() {
        List<String> types = new ArrayList<>();
        types.add(UserIntegration.WATCH_FOLDER);
        destinations.providers().stream()
                .map(RemoteStoreProvider::integrationType)
                .filter(t -> !"LOCAL".equals(t))
                .forEach(types::add);
        return types;
    }

    private static String direction(String direction, String type) {
        String expected =
                UserIntegration.WATCH_FOLDER.equals(type) ? UserIntegration.SOURCE : UserIntegration.DESTINATION;
        if (direction == null || expected.equalsIgnoreCase(direction.trim())) {
            return expected;
        }
        throw IntegrationException.invalid("direction must be " + expected + " for a " + type + " integration");
    }

    /**
     * The settings as stored: a watched folder's path resolved inside the allowed roots; a destination's settings
     * as its adapter accepts them (it names what is missing or malformed), its host allowed for users.
     */
    private JsonObject checkedConfig(String type, JsonObject config, JsonObject credentials) {
        if (UserIntegration.WATCH_FOLDER.equals(type)) {
            return watchFolderConfig(config);
        }
        if (config == null) {
            throw IntegrationException.invalid("config is required for a " + type + " integration");
        }
        RemoteStoreProvider provider = destinations.providerOfType(type).orElseThrow();
        try {
            provider.forIntegration(Destinations.strings(config), Destinations.strings(orEmpty(credentials)), hosts);
        } catch (IllegalArgumentException e) {
            throw IntegrationException.invalid(e.getMessage());
        }
        for (String key : List.of("host", "url", "endpoint_url", "upload_url")) {
            if (config.get(key) instanceof JsonString value) {
                checkHost(key, value.getString());
            }
        }
        return config;
    }

    private void checkHost(String key, String value) {
        String host = value;
        if (!"host".equals(key)) {
            try {
                host = URI.create(value.strip()).getHost();
            } catch (IllegalArgumentException e) {
                throw IntegrationException.invalid("config." + key + " is not a URL");
            }
            if (host == null) {
                throw IntegrationException.invalid("config." + key + " must be an absolute URL with a host");
            }
        }
        try {
            hosts.resolve(host);
        } catch (RemoteStoreException e) {
            if (!e.isTransient()) {
                throw IntegrationException.invalid("config." + key + ": " + e.getMessage());
            }
        }
    }

    private static JsonObject orEmpty(JsonObject object) {
        return object == null ? JsonValue.EMPTY_JSON_OBJECT : object;
    }

    private static String name(String name) {
        String trimmed = name == null ? "" : name.trim();
        if (trimmed.isEmpty() || trimmed.length() > UserIntegration.MAX_NAME_LENGTH) {
            throw IntegrationException.invalid("name must be 1–" + UserIntegration.MAX_NAME_LENGTH + " characters");
        }
        return trimmed;
    }

    /** {@code {"path": "/abs/folder"}}: the path checked against the allowed roots, stored as resolved. */
    private JsonObject watchFolderConfig(JsonObject config) {
        if (config == null) {
            throw IntegrationException.invalid("config is required: {\"path\": \"/absolute/folder\"}");
        }
        JsonValue path = config.get("path");
        if (!(path instanceof JsonString text)) {
            throw IntegrationException.invalid("config.path is required: the absolute path of the folder to watch");
        }
        String resolved =
                UserFolderPolicy.resolve(text.getString(), options.userRoots()).toString();
        return Json.createObjectBuilder(config).add("path", resolved).build();
    }

    static JsonObject parse(String config) {
        try (var reader = Json.createReader(new StringReader(config))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
    }
}
