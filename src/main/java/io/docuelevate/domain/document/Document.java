package io.docuelevate.domain.document;

import io.docuelevate.domain.metadata.DocumentMetadata;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * One ingested document (table {@code files}, the reference's FileRecord). A duplicate upload gets its
 * own row pointing at the original. The original bytes live immutably under {@code WORKDIR/original}.
 */
@Entity
@Table(name = "files")
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_id")
    private String ownerId;

    @Column(name = "filehash", nullable = false, length = 64)
    private String fileHash;

    @Column(name = "original_filename")
    private String originalFilename;

    @Column(name = "local_filename", nullable = false)
    private String localFilename = "";

    @Column(name = "original_file_path")
    private String originalFilePath;

    @Column(name = "processed_file_path")
    private String processedFilePath;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "mime_type")
    private String mimeType;

    @Column(name = "is_duplicate", nullable = false)
    private boolean duplicate;

    @Column(name = "duplicate_of_id")
    private Long duplicateOfId;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "is_private", nullable = false)
    private boolean privateDocument;

    @Column(name = "ocr_text")
    private String ocrText;

    @Column(name = "ocr_quality_score")
    private Integer ocrQualityScore;

    /** The metadata, stored as JSON by an auto-applied converter; {@code null} before extraction or when unreadable. */
    @Basic
    @Column(name = "ai_metadata")
    private DocumentMetadata aiMetadata;

    @Column(name = "document_title")
    private String documentTitle;

    /** Copies of metadata fields for sorted and filtered lists (see {@link ListedMetadata}), set with the metadata. */
    @Column(name = "meta_correspondent", length = 300)
    private String metaCorrespondent;

    @Column(name = "meta_document_type", length = 300)
    private String metaDocumentType;

    @Column(name = "meta_document_date")
    private LocalDate metaDocumentDate;

    @Column(name = "meta_tags", length = 1300)
    private String metaTags;

    @Column(name = "detected_language", length = 10)
    private String detectedLanguage;

    @Column(name = "page_count")
    private Integer pageCount;

    /** Why the PDF had to be repaired to be read (the strict parser's reason); {@code null} when it did not. */
    @Column(name = "pdf_damage", length = 500)
    private String pdfDamage;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    protected Document() {}

    public Document(String ownerId, String fileHash, String originalFilename, long fileSize, String mimeType) {
        this.ownerId = ownerId;
        this.fileHash = fileHash;
        this.originalFilename = originalFilename;
        this.fileSize = fileSize;
        this.mimeType = mimeType;
    }

    public Long getId() {
        return id;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public String getFileHash() {
        return fileHash;
    }

    public String getOriginalFilename() {
        return originalFilename;
    }

    public String getLocalFilename() {
        return localFilename;
    }

    public void setLocalFilename(String localFilename) {
        this.localFilename = localFilename;
    }

    public String getOriginalFilePath() {
        return originalFilePath;
    }

    public void setOriginalFilePath(String originalFilePath) {
        this.originalFilePath = originalFilePath;
    }

    public String getProcessedFilePath() {
        return processedFilePath;
    }

    public void setProcessedFilePath(String processedFilePath) {
        this.processedFilePath = processedFilePath;
    }

    public long getFileSize() {
        return fileSize;
    }

    public String getMimeType() {
        return mimeType;
    }

    public boolean isDuplicate() {
        return duplicate;
    }

    public Long getDuplicateOfId() {
        return duplicateOfId;
    }

    public void markDuplicateOf(Long originalId) {
        this.duplicate = true;
        this.duplicateOfId = originalId;
    }

    public boolean isLegalHold() {
        return legalHold;
    }

    public void setLegalHold(boolean legalHold) {
        this.legalHold = legalHold;
    }

    public boolean isPrivateDocument() {
        return privateDocument;
    }

    public void setPrivateDocument(boolean privateDocument) {
        this.privateDocument = privateDocument;
    }

    public String getOcrText() {
        return ocrText;
    }

    public void setOcrText(String ocrText) {
        this.ocrText = ocrText;
    }

    public Integer getOcrQualityScore() {
        return ocrQualityScore;
    }

    public void setOcrQualityScore(Integer ocrQualityScore) {
        this.ocrQualityScore = ocrQualityScore;
    }

    public DocumentMetadata getAiMetadata() {
        return aiMetadata;
    }

    /** Sets the metadata and its list columns together, so lists sort and filter by what the metadata says. */
    public void setAiMetadata(DocumentMetadata aiMetadata) {
        this.aiMetadata = aiMetadata;
        ListedMetadata listed = ListedMetadata.of(aiMetadata);
        this.metaCorrespondent = listed.correspondent();
        this.metaDocumentType = listed.documentType();
        this.metaDocumentDate = listed.documentDate();
        this.metaTags = listed.tags();
    }

    public String getDocumentTitle() {
        return documentTitle;
    }

    public void setDocumentTitle(String documentTitle) {
        this.documentTitle = documentTitle;
    }

    public String getDetectedLanguage() {
        return detectedLanguage;
    }

    public void setDetectedLanguage(String detectedLanguage) {
        this.detectedLanguage = detectedLanguage;
    }

    public Integer getPageCount() {
        return pageCount;
    }

    public void setPageCount(Integer pageCount) {
        this.pageCount = pageCount;
    }

    public String getPdfDamage() {
        return pdfDamage;
    }

    public void setPdfDamage(String pdfDamage) {
        this.pdfDamage = pdfDamage;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }
}
