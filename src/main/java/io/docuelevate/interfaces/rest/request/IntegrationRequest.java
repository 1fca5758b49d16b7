package io.docuelevate.interfaces.rest.request;

import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An integration to create, or changes to one ({@code PUT}: absent fields stay; type and direction cannot
 * change): a {@code WATCH_FOLDER} source with {@code config.path} inside {@code USER_WATCH_FOLDER_ROOTS}, or a
 * destination ({@code SFTP}, {@code S3}, …) with its settings in {@code config} and its secrets in
 * {@code credentials} (stored encrypted, never answered).
 */
public record IntegrationRequest(
        @Schema(description = "SOURCE for WATCH_FOLDER, DESTINATION for the other types (the default for each)")
        String direction,

        @Schema(
                description = "WATCH_FOLDER, or a destination type: SFTP, FTP, WEBDAV, NEXTCLOUD, S3, EMAIL, PAPERLESS,"
                        + " DROPBOX, GOOGLE_DRIVE, ONEDRIVE (see docs/destinations.md)")
        String integrationType,

        @Schema(description = "1–255 characters") String name,

        @Schema(
                type = SchemaType.OBJECT,
                description = "WATCH_FOLDER: {\"path\": \"/absolute/folder\"}; destinations: host, port, username,"
                        + " folder, url, bucket, … (docs/destinations.md)")
        JsonObject config,

        @Schema(
                type = SchemaType.OBJECT,
                description = "secrets: password, private_key, api_token, refresh_token, …; on PUT, absent keeps"
                        + " the stored ones")
        JsonObject credentials,

        @Schema(description = "scanned when true (the default)")
        Boolean isActive)
        implements JsonRequest {}
