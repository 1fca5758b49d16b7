package io.docuelevate.application.watch;

import io.docuelevate.domain.integration.IntegrationRepository;
import io.docuelevate.domain.integration.UserIntegration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The caller's integrations ({@code /api/integrations}): list, read, create, change and delete, always within
 * the caller's own (someone else's answer 404). Only {@code WATCH_FOLDER} sources are accepted so far; their
 * {@code config.path} must pass {@link UserFolderPolicy}.
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

    /** An integration as answered: never its credentials. */
    public record View(
            long id,
            String direction,
            String integrationType,
            String name,
            JsonObject config,
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

    @Transactional
    public List<View> list(String ownerId) {
        return repository.list(ownerId).stream().map(View::of).toList();
    }

    @Transactional
    public View get(String ownerId, long id) {
        return View.of(find(ownerId, id));
    }

    @Transactional
    public View create(String ownerId, String direction, String type, String name, JsonObject config, Boolean active) {
        String checkedType = type(type);
        String checkedDirection = direction(direction);
        JsonObject checkedConfig = watchFolderConfig(config);
        UserIntegration created = repository.add(new UserIntegration(
                ownerId,
                checkedDirection,
                checkedType,
                name(name),
                checkedConfig.toString(),
                active == null || active));
        return View.of(created);
    }

    @Transactional
    public View update(String ownerId, long id, String name, JsonObject config, Boolean active) {
        UserIntegration integration = find(ownerId, id);
        integration.change(
                name == null ? null : name(name),
                config == null ? null : watchFolderConfig(config).toString(),
                active);
        return View.of(repository.update(integration));
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

    private static String type(String type) {
        if (type == null || type.isBlank()) {
            throw IntegrationException.invalid("integration_type is required (WATCH_FOLDER)");
        }
        String upper = type.trim().toUpperCase(Locale.ROOT);
        if (UserIntegration.WATCH_FOLDER.equals(upper)) {
            return upper;
        }
        if (REFERENCE_TYPES.contains(upper)) {
            throw IntegrationException.invalid(
                    "integration_type " + upper + " is not supported yet: only WATCH_FOLDER can be configured");
        }
        throw IntegrationException.invalid(
                "integration_type '" + type + "' is unknown: only WATCH_FOLDER can be configured");
    }

    private static String direction(String direction) {
        if (direction == null || UserIntegration.SOURCE.equalsIgnoreCase(direction.trim())) {
            return UserIntegration.SOURCE;
        }
        throw IntegrationException.invalid("direction must be SOURCE for a WATCH_FOLDER integration");
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
