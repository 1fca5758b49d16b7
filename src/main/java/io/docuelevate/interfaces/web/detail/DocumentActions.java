package io.docuelevate.interfaces.web.detail;

import io.docuelevate.application.documents.DocumentCommands;
import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.OperationRefusedException;
import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.interfaces.web.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the owner does on the detail page ({@code #{documentActions}}): save the metadata form and delete the
 * document, through the same {@link DocumentCommands} as {@code PUT /api/files/{id}/metadata} and
 * {@code DELETE /api/files/{id}}, so a correction is enriched into the PDF and indexed again. A refusal is
 * shown in words on the page; success redirects (post, redirect, get).
 */
@Named("documentActions")
@RequestScoped
public class DocumentActions {

    static final String TAGS_FIELD = "metadata:tags";

    @Inject
    DocumentPage page;

    @Inject
    DocumentCommands commands;

    @Inject
    LanguageSelection language;

    /** Saves the metadata form and returns to the page with a notice; refusals stay on the page. */
    public void save() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!visible(faces)) {
            return;
        }
        DetailFormat format = new DetailFormat(language.getLocale());
        MetadataForm form = page.getForm();
        if (form.tagList().size() > DocumentMetadata.MAX_TAGS) {
            error(faces, TAGS_FIELD, format.text("metadata.tags.tooMany", DocumentMetadata.MAX_TAGS));
            return;
        }
        List<String> corrections = new ArrayList<>();
        DocumentMetadata metadata =
                MetadataJson.fromJson(form.toJson(), corrections).withExtraction(DocumentMetadata.Extraction.NONE);
        try {
            commands.correctMetadata(page.getId(), metadata);
        } catch (OperationRefusedException e) {
            error(faces, null, format.text("metadata.refused.noPdf", ""));
            return;
        } catch (IllegalStateException e) {
            error(faces, null, format.text("metadata.refused.unreadable", ""));
            return;
        } catch (DocumentNotFoundException e) {
            DocumentPage.notFound(faces);
            return;
        }
        redirect(faces, "/document?id=" + page.getId() + "&saved=1#metadata");
    }

    /** Deletes the document and goes to the list; under legal hold or when deletion is off, says why. */
    public void delete() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!visible(faces)) {
            return;
        }
        try {
            commands.delete(page.getId());
        } catch (OperationRefusedException e) {
            String key = e.reason() == OperationRefusedException.Reason.DISABLED
                    ? "delete.refused.disabled"
                    : "delete.refused.legalHold";
            error(faces, null, new DetailFormat(language.getLocale()).text(key, ""));
            return;
        } catch (DocumentNotFoundException e) {
            DocumentPage.notFound(faces);
            return;
        }
        redirect(faces, "/documents?deleted=1");
    }

    /** Whether the posted id names a document the viewer may see; answers the 404 page when not. */
    private boolean visible(FacesContext faces) throws IOException {
        if (page.find().isPresent()) {
            return true;
        }
        DocumentPage.notFound(faces);
        return false;
    }

    private static void error(FacesContext faces, String clientId, String text) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }

    private static void redirect(FacesContext faces, String path) throws IOException {
        faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath() + path);
        faces.responseComplete();
    }
}
