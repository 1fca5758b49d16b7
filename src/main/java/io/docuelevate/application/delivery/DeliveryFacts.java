package io.docuelevate.application.delivery;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.document.Document;
import io.docuelevate.domain.metadata.DocumentMetadata;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a destination is told about a document: its processed file and name, title, tags, correspondent, metadata. */
final class DeliveryFacts {

    private DeliveryFacts() {}

    static DeliveredDocument of(Document document, Path pdf) {
        String name = pdf.getFileName().toString();
        DocumentMetadata metadata = document.getAiMetadata();
        String title = document.getDocumentTitle() == null
                        || document.getDocumentTitle().isBlank()
                ? name
                : document.getDocumentTitle();
        if (metadata == null) {
            return new DeliveredDocument(pdf, name, title, List.of(), "", Map.of());
        }
        Map<String, String> fields = new LinkedHashMap<>();
        put(fields, "filename", metadata.filename());
        put(fields, "empfaenger", metadata.empfaenger());
        put(fields, "absender", metadata.absender());
        put(fields, "correspondent", metadata.correspondent());
        put(
                fields,
                "kommunikationsart",
                metadata.kommunikationsart() == null
                        ? null
                        : metadata.kommunikationsart().name());
        put(
                fields,
                "kommunikationskategorie",
                metadata.kommunikationskategorie() == null
                        ? null
                        : metadata.kommunikationskategorie().name());
        put(fields, "document_type", metadata.documentType());
        put(fields, "language", metadata.language());
        put(fields, "title", metadata.title());
        put(fields, "reference_number", metadata.referenceNumber());
        return new DeliveredDocument(
                pdf,
                name,
                title,
                metadata.tags() == null ? List.of() : metadata.tags(),
                known(metadata.correspondent()),
                fields);
    }

    private static void put(Map<String, String> fields, String name, String value) {
        String known = known(value);
        if (!known.isEmpty()) {
            fields.put(name, known);
        }
    }

    private static String known(String value) {
        return value == null || value.isBlank() || DocumentMetadata.UNKNOWN.equals(value) ? "" : value;
    }
}
