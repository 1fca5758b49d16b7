package io.docuelevate.interfaces.web.admin;

import io.docuelevate.application.system.ConfigurationReport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;

/**
 * {@code /admin/config}: the effective configuration from {@link ConfigurationReport}, every secret masked there
 * before it reaches the page; optionally narrowed to names containing {@code q}.
 */
@Named("adminConfig")
@RequestScoped
public class AdminConfigPage {

    @Inject
    ConfigurationReport report;

    @Inject
    HttpServletRequest request;

    private List<ConfigurationReport.Entry> entries;

    public List<ConfigurationReport.Entry> getEntries() {
        if (entries == null) {
            String filter = getQuery().toUpperCase(Locale.ROOT);
            entries = report.entries().stream()
                    .filter(entry -> entry.name().toUpperCase(Locale.ROOT).contains(filter))
                    .toList();
        }
        return entries;
    }

    public String getQuery() {
        String query = request.getParameter("q");
        return query == null ? "" : query.trim();
    }
}
