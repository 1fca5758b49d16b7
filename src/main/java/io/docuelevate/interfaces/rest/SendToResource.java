package io.docuelevate.interfaces.rest;

import io.docuelevate.application.delivery.DocumentDeliveries;
import io.docuelevate.application.documents.DocumentDetails;
import io.docuelevate.application.documents.DocumentNotFoundException;
import io.docuelevate.application.documents.OperationRefusedException;
import io.docuelevate.interfaces.rest.dto.SendResultDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.nio.file.InvalidPathException;
import java.util.List;

/**
 * The reference's on-demand sends: {@code POST /api/send_to_<name>/} and {@code /api/send_to_all_destinations/},
 * naming the document by {@code file_path} (its processed PDF, as the reference does) or by {@code file_id}. Each
 * queues an {@code upload_to_<name>} step like the pipeline's; the document must be the caller's and processed.
 */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SendToResource {

    @Inject
    DocumentDeliveries deliveries;

    @Inject
    DocumentDetails details;

    @Inject
    CallerOwner caller;

    @POST
    @Path("send_to_all_destinations{slash: /?}")
    @Consumes(MediaType.WILDCARD)
    public SendResultDto sendToAll(@QueryParam("file_path") String filePath, @QueryParam("file_id") String fileId) {
        long id = document(filePath, fileId);
        List<String> tasks = refusedAsBadRequest(() -> deliveries.queueAllAgain(id));
        if (tasks.isEmpty()) {
            throw new OperationRefusedException(
                    OperationRefusedException.Reason.INVALID, "No destination is configured for this document");
        }
        return new SendResultDto("queued", "Queued " + tasks.size() + " uploads", id, tasks);
    }

    @POST
    @Path("send_to_{name: [a-z0-9_]+}{slash: /?}")
    @Consumes(MediaType.WILDCARD)
    public SendResultDto sendTo(
            @PathParam("name") String name,
            @QueryParam("file_path") String filePath,
            @QueryParam("file_id") String fileId) {
        long id = document(filePath, fileId);
        String task = refusedAsBadRequest(() -> List.of(deliveries.queueOne(id, "upload_to_" + name)))
                .get(0);
        return new SendResultDto("queued", "Queued upload_to_" + name, id, List.of(task));
    }

    /** The visible document named by {@code file_id} or {@code file_path}; 404 when there is none. */
    private long document(String filePath, String fileId) {
        long id;
        if (fileId != null && !fileId.isBlank()) {
            id = RequestParameters.documentId(fileId);
        } else if (filePath != null && !filePath.isBlank()) {
            try {
                id = deliveries
                        .documentOfProcessedFile(filePath)
                        .orElseThrow(() -> new OperationRefusedException(
                                OperationRefusedException.Reason.INVALID,
                                "No processed document has the file " + filePath));
            } catch (InvalidPathException e) {
                throw new UnprocessableRequestException("file_path is not a valid path");
            }
        } else {
            throw new UnprocessableRequestException("file_path or file_id is required");
        }
        if (details.find(id, caller.documentFilter()).isEmpty()) {
            throw new DocumentNotFoundException(id);
        }
        return id;
    }

    private interface Queueing {
        List<String> run();
    }

    private static List<String> refusedAsBadRequest(Queueing queueing) {
        try {
            return queueing.run();
        } catch (IllegalArgumentException e) {
            throw new OperationRefusedException(OperationRefusedException.Reason.INVALID, e.getMessage());
        }
    }
}
