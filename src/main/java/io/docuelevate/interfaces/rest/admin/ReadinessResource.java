package io.docuelevate.interfaces.rest.admin;

import io.docuelevate.application.readiness.ReadinessItem;
import io.docuelevate.application.readiness.ReadinessService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/admin/readiness}: the production checklist judged against the running system,
 * {@code {status: pass|warn|fail, generated_at, items: [{id, title, status, evidence, fix}]}}. With
 * {@code Accept: text/plain} the same as a table for terminals ({@code bin/docuelevate-readiness}).
 * The overall status is also in the {@code X-Readiness-Status} header. Always 200: a failing item is
 * a finding, not an error of the request.
 */
@Path("admin/readiness")
@RequestScoped
public class ReadinessResource {

    static final String STATUS_HEADER = "X-Readiness-Status";

    @Inject
    ReadinessService readiness;

    /** JSON unless the client asks for {@code text/plain} before anything else. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    public Response report(@Context HttpHeaders headers) {
        ReadinessService.Report report = readiness.report();
        if (wantsText(headers.getAcceptableMediaTypes())) {
            return Response.ok(table(report))
                    .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .header(STATUS_HEADER, report.status().value())
                    .build();
        }
        ReadinessJson body = new ReadinessJson(
                report.status().value(),
                report.generatedAt().toString(),
                report.items().stream().map(ItemJson::of).toList());
        return Response.ok(body)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(STATUS_HEADER, report.status().value())
                .build();
    }

    static boolean wantsText(List<MediaType> acceptable) {
        return !acceptable.isEmpty()
                && !acceptable.get(0).isWildcardType()
                && acceptable.get(0).isCompatible(MediaType.TEXT_PLAIN_TYPE);
    }

    /** The JSON report. */
    public record ReadinessJson(String status, String generatedAt, List<ItemJson> items) {}

    /** One checklist item as JSON. */
    public record ItemJson(String id, String title, String status, String evidence, String fix) {

        static ItemJson of(ReadinessItem item) {
            return new ItemJson(item.id(), item.title(), item.status().value(), item.evidence(), item.fix());
        }
    }

    /** One line per item ({@code STATUS  id  evidence}), the fix indented below failing and warning items. */
    static String table(ReadinessService.Report report) {
        StringBuilder text = new StringBuilder();
        int width = report.items().stream().mapToInt(i -> i.id().length()).max().orElse(10);
        for (ReadinessItem item : report.items()) {
            text.append(String.format(
                    "%-4s  %-" + width + "s  %s%n",
                    item.status().value().toUpperCase(Locale.ROOT),
                    item.id(),
                    item.evidence()));
            if (item.status() != ReadinessItem.Status.PASS && !item.fix().isEmpty()) {
                text.append(" ".repeat(width + 8))
                        .append("fix: ")
                        .append(item.fix())
                        .append(System.lineSeparator());
            }
        }
        text.append(System.lineSeparator())
                .append("overall: ")
                .append(report.status().value())
                .append(" (")
                .append(report.generatedAt())
                .append(')')
                .append(System.lineSeparator());
        return text.toString();
    }
}
