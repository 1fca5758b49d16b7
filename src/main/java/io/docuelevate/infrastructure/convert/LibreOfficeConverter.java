package io.docuelevate.infrastructure.convert;

import io.docuelevate.domain.document.DocumentFiles;
import io.docuelevate.domain.document.DocumentType;
import io.docuelevate.domain.mail.MailMessage;
import io.docuelevate.domain.mail.MailMessages;
import io.docuelevate.domain.processing.DocumentConverter;
import io.docuelevate.domain.processing.DocumentRejectedException;
import io.docuelevate.infrastructure.config.ConversionSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jsoup.Jsoup;

/**
 * {@link DocumentConverter} on LibreOffice ({@link OfficeProcess}). Office files and plain text go to
 * LibreOffice as they are; Markdown, HTML and e-mail are first made into passive HTML ({@link HtmlDocuments})
 * written next to the output, so no remote or local resource they name is ever loaded. A failure to load or
 * convert, a conversion past {@code OFFICE_TASK_TIMEOUT} and a missing LibreOffice are rejections with the
 * reason.
 */
@ApplicationScoped
public class LibreOfficeConverter implements DocumentConverter {

    private static final Map<DocumentType, DocumentFormat> FORMATS = Map.ofEntries(
            Map.entry(DocumentType.DOCX, DefaultDocumentFormatRegistry.DOCX),
            Map.entry(DocumentType.DOC, DefaultDocumentFormatRegistry.DOC),
            Map.entry(DocumentType.ODT, DefaultDocumentFormatRegistry.ODT),
            Map.entry(DocumentType.RTF, DefaultDocumentFormatRegistry.RTF),
            Map.entry(DocumentType.XLSX, DefaultDocumentFormatRegistry.XLSX),
            Map.entry(DocumentType.XLS, DefaultDocumentFormatRegistry.XLS),
            Map.entry(DocumentType.ODS, DefaultDocumentFormatRegistry.ODS),
            Map.entry(DocumentType.PPTX, DefaultDocumentFormatRegistry.PPTX),
            Map.entry(DocumentType.PPT, DefaultDocumentFormatRegistry.PPT),
            Map.entry(DocumentType.ODP, DefaultDocumentFormatRegistry.ODP),
            Map.entry(DocumentType.TXT, DefaultDocumentFormatRegistry.TXT));

    @Inject
    ConversionSettings settings;

    @Inject
    OfficeProcess office;

    @Inject
    MailMessages mail;

    @Inject
    DocumentFiles workdir;

    private final AtomicLong conversions = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();

    @Override
    public boolean enabled() {
        return settings.enabled();
    }

    @Override
    public Optional<String> unavailable() {
        if (!settings.enabled()) {
            return Optional.of("conversion is switched off (OFFICE_CONVERSION_ENABLED=false)");
        }
        return office.problem();
    }

    /** Conversions finished and failed since start, for health. */
    long[] counts() {
        return new long[] {conversions.get(), failures.get()};
    }

    @Override
    public void toPdf(Path source, DocumentType type, Path target) throws DocumentRejectedException, IOException {
        Optional<String> unavailable = unavailable();
        if (unavailable.isPresent()) {
            failures.incrementAndGet();
            throw new DocumentRejectedException(unavailable.get());
        }
        try {
            DocumentFormat format = FORMATS.get(type);
            if (format != null) {
                office.convert(source.toFile(), format, target.toFile());
            } else {
                convertHtml(html(source, type), target);
            }
            conversions.incrementAndGet();
        } catch (OfficeException e) {
            failures.incrementAndGet();
            throw new DocumentRejectedException(office.reason(e), e);
        } catch (DocumentRejectedException e) {
            failures.incrementAndGet();
            throw e;
        }
    }

    private String html(Path source, DocumentType type) throws IOException, DocumentRejectedException {
        return switch (type) {
            case MARKDOWN -> HtmlDocuments.fromMarkdown(new String(Files.readAllBytes(source), StandardCharsets.UTF_8));
            case HTML ->
                HtmlDocuments.fromHtml(Jsoup.parse(source.toFile(), null).outerHtml());
            case EML -> {
                try (MailMessage message = mail.read(source)) {
                    yield HtmlDocuments.fromMail(message);
                }
            }
            default -> throw new DocumentRejectedException("no conversion for " + type.mimeType());
        };
    }

    /** The passive HTML is written to {@code tmp/} (a {@code convert-} name the start-up sweep knows) and converted. */
    private void convertHtml(String html, Path target) throws IOException, OfficeException {
        Path page = Files.createTempFile(workdir.tmp(), "convert-page-", ".html");
        try {
            Files.writeString(page, html, StandardCharsets.UTF_8);
            office.convert(page.toFile(), DefaultDocumentFormatRegistry.HTML, target.toFile());
        } finally {
            Files.deleteIfExists(page);
        }
    }
}
