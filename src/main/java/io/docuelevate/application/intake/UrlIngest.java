package io.docuelevate.application.intake;

import io.docuelevate.application.ingest.IngestResult;
import io.docuelevate.application.ingest.IngestService;
import io.docuelevate.application.ingest.UploadInterruptedException;
import io.docuelevate.application.ingest.UploadTooLargeException;
import io.docuelevate.application.processing.ProcessingOptions;
import io.docuelevate.domain.intake.RemoteDocument;
import io.docuelevate.domain.intake.RemoteDocuments;
import io.docuelevate.domain.intake.RemoteFetchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * {@code POST /api/process-url}: fetches a document through the guarded {@link RemoteDocuments} port and ingests it
 * like an upload. Only http and https; the declared length is checked against {@code MAX_UPLOAD_SIZE} before
 * reading and the stream while staging; a type the pipeline does not take is refused (400, as the reference) and
 * nothing is kept.
 */
@ApplicationScoped
public class UrlIngest {

    /** The longest URL taken, as browsers and proxies commonly allow. */
    static final int MAX_URL_LENGTH = 8192;

    @Inject
    RemoteDocuments remote;

    @Inject
    IngestService ingest;

    @Inject
    ProcessingOptions settings;

    /** What a URL became: the ingest result and the number of bytes fetched. */
    public record Fetched(IngestResult result, long size) {}

    /**
     * Fetches {@code url} and ingests it for {@code ownerId}, named {@code filename} when given, else by the
     * server's name for it.
     *
     * @throws InvalidIntakeException the URL is malformed, not http(s), or the content is of a refused type
     * @throws RemoteFetchException the target is refused, unreachable, slow or answered an error
     * @throws UploadTooLargeException over {@code MAX_UPLOAD_SIZE}
     */
    public Fetched fetchAndIngest(String url, String filename, String ownerId) {
        URI uri = parse(url);
        try (RemoteDocument document = remote.fetch(uri)) {
            long limit = settings.maxUploadSize();
            if (document.declaredLength() > limit) {
                throw new UploadTooLargeException(limit);
            }
            IngestService.StagedFile staged;
            try {
                staged = ingest.stage(document.body());
            } catch (UploadInterruptedException e) {
                throw e.getCause() instanceof InterruptedIOException
                        ? new RemoteFetchException(
                                RemoteFetchException.Reason.TIMEOUT, "Timed out while downloading " + display(uri))
                        : new RemoteFetchException(
                                RemoteFetchException.Reason.UNREACHABLE,
                                "The download from " + display(uri) + " broke off: "
                                        + e.getCause().getMessage());
            }
            String name = filename != null && !filename.isBlank()
                    ? filename
                    : document.suggestedFilename().orElse("download");
            if (staged.type().isEmpty()) {
                ingest.discard(staged);
                throw new InvalidIntakeException("File type not allowed for '" + name + "': " + staged.headerHint()
                        + ". Accepted: PDF, PNG, JPEG, TIFF, GIF, BMP, WebP (decided by content, not by name)");
            }
            return new Fetched(ingest.ingest(staged, name, ownerId), staged.size());
        }
    }

    /** The URL parsed and limited to http and https with a host. */
    static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw new InvalidIntakeException("Field 'url' is required");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw new InvalidIntakeException("The URL is longer than " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        } catch (URISyntaxException e) {
            throw new InvalidIntakeException("Invalid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new InvalidIntakeException("Only http and https URLs are allowed");
        }
        if (uri.getRawAuthority() == null || uri.getRawAuthority().isBlank()) {
            throw new InvalidIntakeException("Invalid URL: it names no host");
        }
        return uri;
    }

    /** The URL without user info, query or fragment, for messages. */
    static String display(URI uri) {
        String authority = uri.getRawAuthority();
        return uri.getScheme() + "://" + authority.substring(authority.lastIndexOf('@') + 1)
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
