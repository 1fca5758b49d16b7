package io.docuelevate.interfaces.web.detail;

import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.Arrays;
import java.util.List;

/**
 * The thirteen metadata fields as the detail page's form edits them: text for text, tags separated by commas,
 * amounts one per line. {@link #toJson()} yields exactly the body {@code PUT /api/files/{id}/metadata} accepts,
 * so the page's correction is read by the same rules as a client's.
 */
public class MetadataForm {

    private String filename = "";
    private String empfaenger = "";
    private String absender = "";
    private String correspondent = "";
    private String kommunikationsart = "";
    private String kommunikationskategorie = "";
    private String documentType = "";
    private String tags = "";
    private String language = "";
    private String title = "";
    private Integer confidenceScore = 0;
    private String referenceNumber = "";
    private String monetaryAmounts = "";

    /** The form filled with a document's metadata; an empty form when it has none yet. */
    static MetadataForm of(DocumentMetadata metadata) {
        MetadataForm form = new MetadataForm();
        if (metadata == null) {
            return form;
        }
        form.filename = metadata.filename();
        form.empfaenger = metadata.empfaenger();
        form.absender = metadata.absender();
        form.correspondent = metadata.correspondent();
        form.kommunikationsart = metadata.kommunikationsart().name();
        form.kommunikationskategorie = metadata.kommunikationskategorie().name();
        form.documentType = metadata.documentType();
        form.tags = String.join(", ", metadata.tags());
        form.language = metadata.language();
        form.title = metadata.title();
        form.confidenceScore = metadata.confidenceScore();
        form.referenceNumber = metadata.referenceNumber();
        form.monetaryAmounts = String.join("\n", metadata.monetaryAmounts());
        return form;
    }

    /** The tags as entered, split at commas, blanks left out. */
    List<String> tagList() {
        return split(tags, "[,;]");
    }

    /** The body of {@code PUT /api/files/{id}/metadata} for these values. */
    JsonObject toJson() {
        JsonArrayBuilder tagArray = Json.createArrayBuilder();
        tagList().forEach(tagArray::add);
        JsonArrayBuilder amountArray = Json.createArrayBuilder();
        split(monetaryAmounts, "\\R").forEach(amountArray::add);
        return Json.createObjectBuilder()
                .add("filename", text(filename))
                .add("empfaenger", text(empfaenger))
                .add("absender", text(absender))
                .add("correspondent", text(correspondent))
                .add("kommunikationsart", text(kommunikationsart))
                .add("kommunikationskategorie", text(kommunikationskategorie))
                .add("document_type", text(documentType))
                .add("tags", tagArray)
                .add("language", text(language))
                .add("title", text(title))
                .add("confidence_score", confidenceScore == null ? 0 : confidenceScore)
                .add("reference_number", text(referenceNumber))
                .add("monetary_amounts", amountArray)
                .build();
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static List<String> split(String value, String separator) {
        return Arrays.stream(text(value).split(separator))
                .map(String::strip)
                .filter(part -> !part.isEmpty())
                .toList();
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        this.filename = filename;
    }

    public String getEmpfaenger() {
        return empfaenger;
    }

    public void setEmpfaenger(String empfaenger) {
        this.empfaenger = empfaenger;
    }

    public String getAbsender() {
        return absender;
    }

    public void setAbsender(String absender) {
        this.absender = absender;
    }

    public String getCorrespondent() {
        return correspondent;
    }

    public void setCorrespondent(String correspondent) {
        this.correspondent = correspondent;
    }

    public String getKommunikationsart() {
        return kommunikationsart;
    }

    public void setKommunikationsart(String kommunikationsart) {
        this.kommunikationsart = kommunikationsart;
    }

    public String getKommunikationskategorie() {
        return kommunikationskategorie;
    }

    public void setKommunikationskategorie(String kommunikationskategorie) {
        this.kommunikationskategorie = kommunikationskategorie;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Integer getConfidenceScore() {
        return confidenceScore;
    }

    public void setConfidenceScore(Integer confidenceScore) {
        this.confidenceScore = confidenceScore;
    }

    public String getReferenceNumber() {
        return referenceNumber;
    }

    public void setReferenceNumber(String referenceNumber) {
        this.referenceNumber = referenceNumber;
    }

    public String getMonetaryAmounts() {
        return monetaryAmounts;
    }

    public void setMonetaryAmounts(String monetaryAmounts) {
        this.monetaryAmounts = monetaryAmounts;
    }
}
