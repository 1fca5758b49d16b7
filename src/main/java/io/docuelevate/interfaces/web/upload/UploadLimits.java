package io.docuelevate.interfaces.web.upload;

import io.docuelevate.application.processing.ProcessingOptions;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.interfaces.web.ByteSizes;
import io.docuelevate.interfaces.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the drop zone tells people before they upload ({@code #{uploadLimits}}): the file types the server accepts
 * (decided by content, the same list ingest checks) and the configured {@code MAX_UPLOAD_SIZE}, so a refusal
 * never comes as a surprise.
 */
@Named("uploadLimits")
@RequestScoped
public class UploadLimits {

    @Inject
    ProcessingOptions settings;

    @Inject
    LanguageSelection language;

    /** The largest upload in bytes, for the page script to refuse larger files before sending them. */
    public long getMaxSizeBytes() {
        return settings.maxUploadSize();
    }

    /** The largest upload for people, e.g. {@code 1 GB} or {@code 1,5 GB}, in binary units like the page script. */
    public String getMaxSize() {
        return humanSize(settings.maxUploadSize(), language.getLocale());
    }

    /** The accepted types by their usual extension: {@code PDF, PNG, JPG, TIFF, GIF, BMP, WEBP}. */
    public String getAllowedTypes() {
        return Arrays.stream(DocumentType.values())
                .map(type -> type.extension().substring(1).toUpperCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
    }

    static String humanSize(long bytes, Locale locale) {
        return ByteSizes.format(bytes, locale);
    }
}
