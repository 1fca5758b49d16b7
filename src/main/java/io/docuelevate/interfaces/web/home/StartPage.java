package io.docuelevate.interfaces.web.home;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.SortField;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The start page ({@code #{startPage}}): the viewer's ten most recent documents and how many of them are
 * processing, failed, and completed today. It asks the same {@link DocumentQueries} the REST API asks, with the
 * same owner filter, so the page never shows a document the viewer could not fetch through the API.
 */
@Named("startPage")
@RequestScoped
public class StartPage {

    /** How many recent documents the start page lists. */
    static final int RECENT = 10;

    @Inject
    DocumentQueries documents;

    @Inject
    Viewer viewer;

    @Inject
    LanguageSelection language;

    Clock clock = Clock.systemDefaultZone();

    private List<RecentDocument> recent;

    /** The newest documents first, at most {@value #RECENT}. */
    public List<RecentDocument> getRecent() {
        if (recent == null) {
            Locale locale = language.getLocale();
            DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(locale)
                    .withZone(clock.getZone());
            recent = documents.list(criteria(RECENT, null), owner()).items().stream()
                    .map(document -> recentDocument(document, format))
                    .toList();
        }
        return recent;
    }

    public String getProcessingCount() {
        return formatted(countIn(DocumentStatus.PROCESSING));
    }

    public String getFailedCount() {
        return formatted(countIn(DocumentStatus.FAILED));
    }

    /** Documents whose last step finished since midnight in the server's time zone. */
    public String getCompletedTodayCount() {
        ZoneId zone = clock.getZone();
        OffsetDateTime midnight = LocalDate.now(clock).atStartOfDay(zone).toOffsetDateTime();
        return formatted(documents.countCompletedSince(midnight, owner()));
    }

    private long countIn(DocumentStatus status) {
        return documents.list(criteria(1, status), owner()).total();
    }

    private static ListCriteria criteria(int perPage, DocumentStatus status) {
        return new ListCriteria(1, perPage, SortField.CREATED_AT, SortOrder.DESC, null, null, status, null, null);
    }

    private Optional<String> owner() {
        return viewer.documentFilter();
    }

    private String formatted(long count) {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(count);
    }

    private static RecentDocument recentDocument(DocumentSummary document, DateTimeFormatter format) {
        String title = document.documentTitle();
        return new RecentDocument(
                document.id(),
                title == null || title.isBlank() ? document.originalFilename() : title,
                document.originalFilename(),
                document.createdAt() == null ? "" : format.format(document.createdAt()),
                document.processing().status().value(),
                document.processing().lastStep() == null
                        ? ""
                        : document.processing().lastStep());
    }
}
