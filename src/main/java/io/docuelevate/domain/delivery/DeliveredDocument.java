package io.docuelevate.domain.delivery;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a destination receives: the processed PDF ({@code file}, read only), the name it should have there
 * ({@code name}, the processed file name), and the facts destinations that keep more than a file use: the title,
 * tags and correspondent (Paperless-ngx, the e-mail subject) and the extracted metadata fields by their reference
 * names ({@code document_type}, {@code absender}, …) for Paperless-ngx custom fields.
 */
public record DeliveredDocument(
        Path file, String name, String title, List<String> tags, String correspondent, Map<String, String> metadata) {

    public DeliveredDocument {
        tags = List.copyOf(tags);
        metadata = Map.copyOf(metadata);
    }

    /** A file with only its name: no title beyond the name, no tags, no metadata (backups, tests). */
    public static DeliveredDocument plain(Path file, String name) {
        return new DeliveredDocument(file, name, name, List.of(), "", Map.of());
    }
}
