package io.docuelevate.interfaces.web.detail;

import io.docuelevate.application.documents.DocumentDetails;
import io.docuelevate.application.documents.DocumentQueries.DocumentDetail;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.Kommunikationskategorie;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The detail page of one document ({@code /document?id=N}, {@code #{documentPage}}): what the page shows of it,
 * read through the same {@link DocumentDetails} as {@code GET /api/files/{id}}. A document the viewer may not
 * see answers the 404 page, exactly like one that does not exist.
 */
@Named("documentPage")
@RequestScoped
public class DocumentPage {

    private static final List<String> IMAGE_TYPES =
            List.of("image/png", "image/jpeg", "image/gif", "image/bmp", "image/webp");

    @Inject
    HttpServletRequest request;

    @Inject
    DocumentDetails details;

    @Inject
    Viewer viewer;

    @Inject
    LanguageSelection language;

    private Optional<DocumentDetails.WithMetadata> found;
    private MetadataForm form;
    private DetailFormat format;

    /** Answers 404 (the not-found page) unless the id names a document the viewer may see. */
    public void load() throws IOException {
        if (find().isEmpty()) {
            notFound(FacesContext.getCurrentInstance());
        }
    }

    static void notFound(FacesContext faces) throws IOException {
        ExternalContext external = faces.getExternalContext();
        external.responseSendError(404, "");
        faces.responseComplete();
    }

    /** The document named by the {@code id} parameter (query or form), if the viewer may see it. */
    Optional<DocumentDetails.WithMetadata> find() {
        if (found == null) {
            found = documentId().flatMap(id -> details.find(id, viewer.documentFilter()));
        }
        return found;
    }

    /** Whether the page has a document to show; nothing of the page is decoded or rendered without one. */
    public boolean isFound() {
        return find().isPresent();
    }

    private Optional<Long> documentId() {
        String id = request.getParameter("id");
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(id.strip()));
    }

    private DocumentDetail detail() {
        return find().orElseThrow().detail();
    }

    private DetailFormat format() {
        if (format == null) {
            format = new DetailFormat(language.getLocale());
        }
        return format;
    }

    public DocumentSummary getDocument() {
        return detail().document();
    }

    public long getId() {
        return getDocument().id();
    }

    /** The title the owner or the metadata gave it, else the uploaded file's name. */
    public String getHeading() {
        String title = getDocument().documentTitle();
        return title == null || title.isBlank() ? getDocument().originalFilename() : title;
    }

    public String getStatus() {
        return getDocument().processing().status().value();
    }

    /**
     * Whether processing still runs, so the page keeps watching the timeline. A failed document is not: its later
     * steps stay pending for good.
     */
    public boolean isActive() {
        DocumentStatus status = getDocument().processing().status();
        return status == DocumentStatus.PENDING || status == DocumentStatus.PROCESSING;
    }

    public String getCreated() {
        return format().dateTime(getDocument().createdAt());
    }

    public String getSize() {
        return format().bytes(getDocument().fileSize());
    }

    public boolean isPdf() {
        return "application/pdf".equals(mediaType());
    }

    public boolean isImage() {
        return IMAGE_TYPES.contains(mediaType());
    }

    private String mediaType() {
        String type = getDocument().mimeType();
        return type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    }

    /** The preview address: the processed PDF when there is one (it has the text layer), else the original. */
    public String getPreviewUrl() {
        String version = isPdf() && detail().processedOnDisk() ? "processed" : "original";
        return request.getContextPath() + "/api/files/" + getId() + "/preview?version=" + version;
    }

    public String getOriginalUrl() {
        return request.getContextPath() + "/api/files/" + getId() + "/download?version=original";
    }

    public String getProcessedUrl() {
        return request.getContextPath() + "/api/files/" + getId() + "/download?version=processed";
    }

    public boolean isOriginalOnDisk() {
        return detail().originalOnDisk();
    }

    public boolean isProcessedOnDisk() {
        return detail().processedOnDisk();
    }

    /** The text extracted or recognised from the document; empty before extraction. */
    public String getText() {
        String text = find().orElseThrow().document().getOcrText();
        return text == null ? "" : text;
    }

    public List<StepRow> getSteps() {
        return detail().steps().stream().map(step -> StepRow.of(step, format())).toList();
    }

    /** Where the document was delivered (or is being, or failed to be), one row per destination. */
    public List<DeliveryRow> getDeliveries() {
        return find().orElseThrow().deliveries().stream()
                .map(delivery -> DeliveryRow.of(delivery, format()))
                .toList();
    }

    public boolean isLegalHold() {
        return getDocument().legalHold();
    }

    /** The original of this duplicate, or null when it is none. */
    public Long getDuplicateOf() {
        return getDocument().duplicateOfId();
    }

    /** Whether the PDF could only be read by repairing it (truncated, broken cross-reference data). */
    public boolean isRepaired() {
        return find().orElseThrow().document().getPdfDamage() != null;
    }

    /** The parser's reason why the PDF had to be repaired; empty for a sound file. */
    public String getDamage() {
        String damage = find().orElseThrow().document().getPdfDamage();
        return damage == null ? "" : damage;
    }

    /** The metadata form, filled from the stored metadata (Faces then writes the submitted values into it). */
    public MetadataForm getForm() {
        if (form == null) {
            form = MetadataForm.of(find().orElseThrow().document().getAiMetadata());
        }
        return form;
    }

    public List<String> getKommunikationsarten() {
        return Arrays.stream(Kommunikationsart.values()).map(Enum::name).toList();
    }

    public List<String> getKommunikationskategorien() {
        return Arrays.stream(Kommunikationskategorie.values()).map(Enum::name).toList();
    }

    /** The words for the notice after a redirect ({@code saved}, {@code retried}), empty for none. */
    public String getNotice() {
        if (request.getParameter("saved") != null) {
            return format().text("notice.saved", "");
        }
        return "";
    }
}
