package io.docuelevate.interfaces.rest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which stored files a browser may show inline under our origin. Only passive formats qualify (PDF, raster
 * images, plain text); HTML, SVG, XML and everything unknown could run script in our origin, so they are
 * only ever sent as downloads.
 */
public final class PreviewMediaTypes {

    private static final Set<String> INLINE_TYPES = Set.of(
            "application/pdf",
            "image/png",
            "image/jpeg",
            "image/gif",
            "image/bmp",
            "image/tiff",
            "image/webp",
            "text/plain",
            "text/csv",
            "text/markdown",
            "application/json");

    private PreviewMediaTypes() {}

    /**
     * The media type to preview a file with, or empty when it must not be shown inline. Text types are
     * declared UTF-8 so that browsers never guess an encoding.
     */
    public static Optional<String> inlineType(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!INLINE_TYPES.contains(type)) {
            return Optional.empty();
        }
        return Optional.of(type.startsWith("text/") ? type + "; charset=utf-8" : type);
    }
}
