package io.docuelevate.infrastructure.pdf;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.PdfMetadataWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.UUID;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.schema.XMPSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Enriches PDFs with PDFBox (spec §2.7): the Info dictionary gets Title (the metadata title, else its
 * file name, else "Unknown Document"), Author ({@code absender}), Subject ({@code document_type}) and
 * Keywords (the tags joined by ", "); the XMP packet says the same in the standard schemas (dc:title,
 * dc:creator, dc:description, dc:subject, pdf:Keywords, xmp:CreateDate/ModifyDate/MetadataDate) and
 * carries the full 13-field metadata JSON in DocuElevate's namespace {@value #NAMESPACE} (prefix
 * {@value #PREFIX}), so any copy of the file describes itself. The previous XMP packet is replaced.
 */
@ApplicationScoped
public class PdfBoxMetadataWriter implements PdfMetadataWriter {

    public static final String NAMESPACE = "https://docuelevate.io/ns/1.0/";
    public static final String PREFIX = "docuelevate";
    static final String UNKNOWN_TITLE = "Unknown Document";

    @Override
    public void write(Path source, Path target, DocumentMetadata metadata) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve(
                "." + target.getFileName() + "." + UUID.randomUUID().toString().substring(0, 8) + ".tmp");
        try {
            try (PDDocument document = Loader.loadPDF(source.toFile())) {
                Calendar now = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
                PDDocumentInformation info = document.getDocumentInformation();
                String title = title(metadata);
                info.setTitle(title);
                info.setAuthor(metadata.absender());
                info.setSubject(metadata.documentType());
                info.setKeywords(String.join(", ", metadata.tags()));
                if (info.getCreationDate() == null) {
                    info.setCreationDate(now);
                }
                info.setModificationDate(now);
                document.setDocumentInformation(info);

                PDMetadata packet = new PDMetadata(document);
                packet.importXMPMetadata(xmp(metadata, title, info.getCreationDate(), now));
                document.getDocumentCatalog().setMetadata(packet);
                document.save(temporary.toFile());
            }
            move(temporary, target);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** The Info /Title: the metadata title, else its file name, else "Unknown Document". */
    static String title(DocumentMetadata metadata) {
        if (!metadata.title().isBlank()) {
            return metadata.title();
        }
        return metadata.filename().isBlank() ? UNKNOWN_TITLE : metadata.filename();
    }

    private static byte[] xmp(DocumentMetadata metadata, String title, Calendar created, Calendar now)
            throws IOException {
        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(title);
        dc.addCreator(metadata.absender());
        dc.setDescription(metadata.documentType());
        metadata.tags().forEach(dc::addSubject);
        if (!metadata.language().isEmpty()) {
            dc.addLanguage(metadata.language());
        }
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setKeywords(String.join(", ", metadata.tags()));
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreateDate(created);
        basic.setModifyDate(now);
        basic.setMetadataDate(now);

        XMPSchema own = new XMPSchema(xmp, NAMESPACE, PREFIX);
        own.setTextPropertyValue("metadata", MetadataJson.toJson(metadata).toString());
        own.setTextPropertyValue("correspondent", metadata.correspondent());
        own.setTextPropertyValue("documentType", metadata.documentType());
        own.setTextPropertyValue("referenceNumber", metadata.referenceNumber());
        metadata.documentDate().ifPresent(date -> own.setTextPropertyValue("documentDate", date.toString()));
        xmp.addSchema(own);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
