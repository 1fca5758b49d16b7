package io.docuelevate.interfaces.rest;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.interfaces.rest.dto.QueueStatsDto;
import io.docuelevate.interfaces.security.CallerOwner;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code /api/queue}: how much work waits and runs. Everything comes from the database work queue, so the
 * answer never depends on Redis being up (reference §9 item 40).
 */
@Path("queue")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    DocumentQueries queries;

    @Inject
    CallerOwner caller;

    /** Queue depth per queue and state, the workers' current items and the documents' status figures. */
    @GET
    @Path("stats")
    public QueueStatsDto stats() {
        return QueueStatsDto.from(queries.queueStatistics(caller.documentFilter()));
    }
}
