package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.readiness.ReadinessItem;
import io.docuelevate.application.readiness.ReadinessService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * {@code /admin/readiness}: the production checklist judged against the running system ({@link ReadinessService},
 * the service behind {@code GET /api/admin/readiness}), rendered on the server; "check again" reloads the page.
 */
@Named("adminReadiness")
@RequestScoped
public class AdminReadinessPage {

    @Inject
    ReadinessService readiness;

    @Inject
    AdminSupport support;

    private ReadinessService.Report report;

    private ReadinessService.Report report() {
        if (report == null) {
            report = readiness.report();
        }
        return report;
    }

    /** pass, warn or fail. */
    public String getStatus() {
        return report().status().value();
    }

    public String getGenerated() {
        return support.dateTime(report().generatedAt());
    }

    public List<ReadinessItem> getItems() {
        return report().items();
    }

    /** How many items have each status, for the summary line. */
    public long count(String status) {
        return report().items().stream()
                .filter(item -> item.status().value().equals(status))
                .count();
    }
}
