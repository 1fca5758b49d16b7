package io.docuelevate.domain.document;

import io.docuelevate.domain.metadata.DocumentMetadata;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The metadata fields a document list sorts and filters by, copied from the JSON metadata into their own
 * indexed columns so that a list of 100,000 documents never has to read the JSON. {@code tags} is the
 * lower-case tags joined as {@code |a|b|}, so one tag matches as {@code LIKE '%|a|%'}.
 */
public record ListedMetadata(String correspondent, String documentType, LocalDate documentDate, String tags) {

    public static final ListedMetadata NONE = new ListedMetadata(null, null, null, null);

    /** Separator around each stored tag. */
    public static final String TAG_SEPARATOR = "|";

    private static final int MAX_TEXT = 300;
    private static final int MAX_TAGS_TEXT = 1300;

    /** The list columns of this metadata; {@link #NONE} without metadata. */
    public static ListedMetadata of(DocumentMetadata metadata) {
        if (metadata == null) {
            return NONE;
        }
        String tags = metadata.tags().isEmpty()
                ? null
                : metadata.tags().stream()
                        .map(ListedMetadata::tagKey)
                        .collect(Collectors.joining(TAG_SEPARATOR, TAG_SEPARATOR, TAG_SEPARATOR));
        return new ListedMetadata(
                cut(metadata.correspondent(), MAX_TEXT),
                cut(metadata.documentType(), MAX_TEXT),
                metadata.documentDate().orElse(null),
                cut(tags, MAX_TAGS_TEXT));
    }

    /** How one tag is stored and looked for: trimmed, lower case, without the separator. */
    public static String tagKey(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replace(TAG_SEPARATOR, " ");
    }

    private static String cut(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() <= max ? value : value.substring(0, max);
    }
}
