package io.docuelevate.infrastructure.backup;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code manifest.json}, the last entry of every backup archive: what the archive holds and the
 * SHA-256 of every other entry, so a restore can prove the archive is complete and unchanged before it
 * touches anything. It names the database kind and schema version but never a host, user or password.
 */
public record BackupManifest(
        int formatVersion,
        String createdAt,
        String backupType,
        String appVersion,
        String installationId,
        String dbKind,
        String schemaVersion,
        String databaseEntry,
        List<String> tables,
        long documents,
        boolean includesFiles,
        long originalFiles,
        long processedFiles,
        Meilisearch meilisearch,
        List<Entry> entries) {

    public static final String NAME = "manifest.json";
    public static final String FORMAT = "docuelevate-backup";
    public static final int FORMAT_VERSION = 1;

    /** One archive entry with its uncompressed size and SHA-256 (hex). */
    public record Entry(String name, long size, String sha256) {}

    /** The Meilisearch dump this backup asked for: status {@code not_configured}, {@code enqueued} or {@code failed}. */
    public record Meilisearch(String status, Long taskUid, String detail) {

        public static Meilisearch notConfigured() {
            return new Meilisearch("not_configured", null, null);
        }
    }

    public BackupManifest {
        tables = List.copyOf(tables);
        entries = List.copyOf(entries);
    }

    public String toJson() {
        JsonObjectBuilder database = Json.createObjectBuilder()
                .add("kind", dbKind)
                .add("schema_version", schemaVersion == null ? "" : schemaVersion)
                .add("entry", databaseEntry)
                .add("tables", Json.createArrayBuilder(tables));
        JsonObjectBuilder files = Json.createObjectBuilder()
                .add("included", includesFiles)
                .add("original", originalFiles)
                .add("processed", processedFiles);
        JsonObjectBuilder meili = Json.createObjectBuilder().add("status", meilisearch.status());
        if (meilisearch.taskUid() != null) {
            meili.add("task_uid", meilisearch.taskUid());
        }
        if (meilisearch.detail() != null) {
            meili.add("detail", meilisearch.detail());
        }
        JsonArrayBuilder entryArray = Json.createArrayBuilder();
        for (Entry entry : entries) {
            entryArray.add(Json.createObjectBuilder()
                    .add("name", entry.name())
                    .add("size", entry.size())
                    .add("sha256", entry.sha256()));
        }
        JsonObject json = Json.createObjectBuilder()
                .add("format", FORMAT)
                .add("format_version", formatVersion)
                .add("created_at", createdAt)
                .add("backup_type", backupType)
                .add("app_version", appVersion)
                .add("installation_id", installationId == null ? "" : installationId)
                .add("database", database)
                .add("documents", documents)
                .add("files", files)
                .add("meilisearch", meili)
                .add("entries", entryArray)
                .build();
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                .createWriter(text)) {
            writer.write(json);
        }
        return text.toString();
    }

    public void write(OutputStream out) throws java.io.IOException {
        out.write(toJson().getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a manifest; any deviation from the format is a {@link CorruptArchiveException}. */
    public static BackupManifest read(InputStream in) throws CorruptArchiveException {
        try {
            String text = new String(in.readNBytes(16 * 1024 * 1024), StandardCharsets.UTF_8);
            JsonObject json;
            try (JsonReader reader = Json.createReader(new StringReader(text))) {
                json = reader.readObject();
            }
            if (!FORMAT.equals(string(json, "format"))) {
                throw new CorruptArchiveException("manifest.json is not a DocuElevate backup manifest");
            }
            int version = json.getInt("format_version");
            if (version != FORMAT_VERSION) {
                throw new CorruptArchiveException("backup format version " + version
                        + " is not supported (this server reads " + FORMAT_VERSION + ")");
            }
            JsonObject database = json.getJsonObject("database");
            JsonObject files = json.getJsonObject("files");
            JsonObject meili = json.getJsonObject("meilisearch");
            List<String> tables = new ArrayList<>();
            for (JsonValue table : database.getJsonArray("tables")) {
                tables.add(((JsonString) table).getString());
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonValue value : json.getJsonArray("entries")) {
                JsonObject entry = value.asJsonObject();
                entries.add(new Entry(
                        entry.getString("name"),
                        entry.getJsonNumber("size").longValueExact(),
                        entry.getString("sha256")));
            }
            JsonNumber uid = meili.getJsonNumber("task_uid");
            return new BackupManifest(
                    version,
                    string(json, "created_at"),
                    string(json, "backup_type"),
                    string(json, "app_version"),
                    string(json, "installation_id"),
                    string(database, "kind"),
                    string(database, "schema_version"),
                    string(database, "entry"),
                    tables,
                    json.getJsonNumber("documents").longValueExact(),
                    files.getBoolean("included"),
                    files.getJsonNumber("original").longValueExact(),
                    files.getJsonNumber("processed").longValueExact(),
                    new Meilisearch(
                            string(meili, "status"),
                            uid == null ? null : uid.longValueExact(),
                            meili.containsKey("detail") ? meili.getString("detail") : null),
                    entries);
        } catch (JsonException | ClassCastException | NullPointerException | ArithmeticException e) {
            throw new CorruptArchiveException("manifest.json cannot be read: " + e.getMessage(), e);
        } catch (java.io.IOException e) {
            throw new CorruptArchiveException("manifest.json cannot be read: " + e.getMessage(), e);
        }
    }

    private static String string(JsonObject json, String name) {
        return json.getString(name);
    }
}
