package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.identity.AuditFilter;
import io.docuelevate.application.identity.AuditLog;
import io.docuelevate.domain.audit.AuditEvent;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /admin/audit?user=&action=&from=&to=&page=}: the audit trail through {@link AuditLog}, filtered by user,
 * action and a date range (whole days in the server's zone, {@code to} included), newest first, 50 a page.
 */
@Named("adminAudit")
@RequestScoped
public class AdminAuditPage {

    /** One audit record as the table shows it. */
    public record Row(
            String time,
            String user,
            String action,
            String resource,
            String address,
            String details,
            String severity) {}

    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog audit;

    @Inject
    AdminSupport support;

    @Inject
    HttpServletRequest request;

    private AuditLog.Page page;
    private String dateError;

    private AuditLog.Page page() {
        if (page == null) {
            LocalDate from = date("from");
            LocalDate to = date("to");
            ZoneId zone = ZoneId.systemDefault();
            AuditFilter filter = new AuditFilter(
                    getUser(),
                    getAction(),
                    from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
            page = audit.search(filter, (getPage() - 1) * PAGE_SIZE, PAGE_SIZE);
        }
        return page;
    }

    private LocalDate date(String parameter) {
        String text = parameter(parameter);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            dateError = support.text("audit.dateInvalid", text);
            return null;
        }
    }

    public List<Row> getRows() {
        return page().events().stream().map(this::row).toList();
    }

    private Row row(AuditEvent event) {
        String resource = event.getResourceType() == null
                ? ""
                : event.getResourceType() + (event.getResourceId() == null ? "" : " " + event.getResourceId());
        return new Row(
                support.dateTime(event.getOccurredAt()),
                event.getUsername() == null ? "" : event.getUsername(),
                event.getAction(),
                resource,
                event.getIpAddress() == null ? "" : event.getIpAddress(),
                event.getDetails() == null ? "" : event.getDetails(),
                event.getSeverity());
    }

    public long getTotal() {
        return page().total();
    }

    /** "Records 51–100 of 240", for the viewer's language. */
    public String getRange() {
        AuditLog.Page current = page();
        if (current.events().isEmpty()) {
            return support.text("audit.none");
        }
        return support.text(
                "audit.range",
                current.offset() + 1,
                current.offset() + current.events().size(),
                current.total());
    }

    public String getDateError() {
        page();
        return dateError;
    }

    public String getPreviousQuery() {
        return page().hasPrevious() ? query(getPage() - 1) : null;
    }

    public String getNextQuery() {
        return page().hasNext() ? query(getPage() + 1) : null;
    }

    /** The filters as a query string, on page {@code number}. */
    private String query(int number) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : List.of("user", "action", "from", "to")) {
            if (!parameter(name).isEmpty()) {
                values.put(name, parameter(name));
            }
        }
        values.put("page", Integer.toString(number));
        return "?"
                + values.entrySet().stream()
                        .map(entry ->
                                entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    public String getUser() {
        return parameter("user");
    }

    public String getAction() {
        return parameter("action");
    }

    public String getFrom() {
        return parameter("from");
    }

    public String getTo() {
        return parameter("to");
    }

    /** The page number asked for, 1 when missing or not a positive number. */
    public int getPage() {
        try {
            return Math.max(1, Math.min(100_000, Integer.parseInt(parameter("page"))));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private String parameter(String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    /** The actions seen most often, offered as suggestions in the filter. */
    public List<String> getKnownActions() {
        return List.of(
                "login",
                "login.failed",
                "logout",
                "user.create",
                "user.update",
                "user.set_password",
                "api_token.create",
                "api_token.revoke",
                "api_token.delete",
                "api_token.reactivate");
    }
}
