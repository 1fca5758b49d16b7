package io.docuelevate.infrastructure.pdf;

import io.docuelevate.domain.document.PassivePdfCopier;
import io.docuelevate.domain.processing.DocumentRejectedException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * The passive copy with PDFBox: removes every trigger (open action, additional actions of the document, pages,
 * annotations and form fields), every action but going to a page or opening an http(s) or mailto link, the
 * document's JavaScript and embedded files, XFA forms, and annotations that play media or carry files.
 */
@ApplicationScoped
public class PdfBoxPassiveCopier implements PassivePdfCopier {

    private static final Set<String> PASSIVE_ACTIONS = Set.of("GoTo", "URI");
    private static final Set<String> ACTIVE_ANNOTATIONS =
            Set.of("FileAttachment", "Sound", "Movie", "Screen", "RichMedia", "3D");
    private static final List<String> SAFE_SCHEMES = List.of("http:", "https:", "mailto:");

    @Override
    public void copy(Path source, Path target) throws IOException {
        try (PDDocument document = PdfDocuments.open(source, target.getParent())) {
            COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
            catalog.removeItem(COSName.AA);
            if (!(catalog.getDictionaryObject(COSName.OPEN_ACTION) instanceof COSArray)) {
                catalog.removeItem(COSName.OPEN_ACTION);
            }
            if (catalog.getDictionaryObject(COSName.NAMES) instanceof COSDictionary names) {
                names.removeItem(COSName.JAVA_SCRIPT);
                names.removeItem(COSName.EMBEDDED_FILES);
            }
            if (catalog.getDictionaryObject(COSName.ACRO_FORM) instanceof COSDictionary form) {
                form.removeItem(COSName.XFA);
                if (form.getDictionaryObject(COSName.FIELDS) instanceof COSArray fields) {
                    fields.forEach(field -> clearFieldActions(field, 0));
                }
            }
            for (PDPage page : document.getPages()) {
                page.getCOSObject().removeItem(COSName.AA);
                List<PDAnnotation> annotations = page.getAnnotations();
                annotations.removeIf(annotation -> ACTIVE_ANNOTATIONS.contains(annotation.getSubtype()));
                annotations.forEach(annotation -> clearActions(annotation.getCOSObject()));
                page.setAnnotations(annotations);
            }
            document.save(target.toFile());
        } catch (DocumentRejectedException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** A form field and its kids (widgets among them): no additional actions, only passive actions. */
    private static void clearFieldActions(COSBase field, int depth) {
        if (depth > 32 || !(field instanceof COSDictionary dictionary)) {
            return;
        }
        clearActions(dictionary);
        if (dictionary.getDictionaryObject(COSName.KIDS) instanceof COSArray kids) {
            kids.forEach(kid -> clearFieldActions(kid, depth + 1));
        }
    }

    private static void clearActions(COSDictionary owner) {
        owner.removeItem(COSName.AA);
        if (owner.getDictionaryObject(COSName.A) instanceof COSDictionary action) {
            if (isPassive(action)) {
                action.removeItem(COSName.NEXT);
            } else {
                owner.removeItem(COSName.A);
            }
        }
    }

    private static boolean isPassive(COSDictionary action) {
        String type = action.getNameAsString(COSName.S);
        if (type == null || !PASSIVE_ACTIONS.contains(type)) {
            return false;
        }
        if (!"URI".equals(type)) {
            return true;
        }
        String uri = action.getString(COSName.URI);
        String lower = uri == null ? "" : uri.strip().toLowerCase(Locale.ROOT);
        return SAFE_SCHEMES.stream().anyMatch(lower::startsWith);
    }
}
