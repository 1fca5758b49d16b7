package io.docuelevate.interfaces.web.home;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.ListCriteria;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StartPageTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private final List<Object> asked = new ArrayList<>();

    @Test
    void recentDocumentsNewestFirstWithTheirNameDateAndStatusInTheViewersLanguage() {
        StartPage page = page(Locale.GERMAN);
        List<RecentDocument> recent = page.getRecent();

        ListCriteria criteria = (ListCriteria) asked.get(0);
        assertEquals(StartPage.RECENT, criteria.perPage());
        assertEquals(DocumentQueries.SortField.CREATED_AT, criteria.sortBy());
        assertEquals(DocumentQueries.SortOrder.DESC, criteria.sortOrder());
        assertEquals(Optional.of("owner-7"), asked.get(1), "only the viewer's documents");
        assertEquals(
                List.of(
                        new RecentDocument(
                                2, "Rechnung März", "scan.pdf", "05.12.2026, 10:15", "processing", "process_with_ocr"),
                        new RecentDocument(
                                1, "scan.pdf", "scan.pdf", "05.12.2026, 09:00", "completed", "finalize_pipeline")),
                recent);
    }

    @Test
    void countsAskForTheirStatusAndCompletedTodayStartsAtLocalMidnight() {
        StartPage page = page(Locale.ENGLISH);

        assertEquals("1,234", page.getProcessingCount());
        assertEquals(DocumentStatus.PROCESSING, ((ListCriteria) asked.get(0)).status());
        assertEquals("1,234", page.getFailedCount());
        assertEquals(DocumentStatus.FAILED, ((ListCriteria) asked.get(2)).status());
        assertEquals("3", page.getCompletedTodayCount());
        assertEquals(OffsetDateTime.parse("2026-12-05T00:00+01:00"), asked.get(4));
        assertEquals(Optional.of("owner-7"), asked.get(5));
    }

    private StartPage page(Locale locale) {
        StartPage page = new StartPage();
        page.documents = documents();
        page.viewer = new Viewer() {
            @Override
            public Optional<String> documentFilter() {
                return Optional.of("owner-7");
            }
        };
        page.language = new LanguageSelection() {
            @Override
            public Locale getLocale() {
                return locale;
            }
        };
        page.clock = Clock.fixed(Instant.parse("2026-12-05T10:30:00Z"), BERLIN);
        return page;
    }

    private DocumentQueries documents() {
        return (DocumentQueries) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DocumentQueries.class}, (proxy, method, args) -> {
                    asked.addAll(List.of(args));
                    return switch (method.getName()) {
                        case "list" ->
                            new Page<>(
                                    List.of(
                                            summary(
                                                    2,
                                                    "Rechnung März",
                                                    "2026-12-05T09:15:00Z",
                                                    DocumentStatus.PROCESSING,
                                                    "process_with_ocr"),
                                            summary(
                                                    1,
                                                    " ",
                                                    "2026-12-05T08:00:00Z",
                                                    DocumentStatus.COMPLETED,
                                                    "finalize_pipeline")),
                                    1,
                                    10,
                                    1234);
                        case "countCompletedSince" -> 3L;
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    private static DocumentSummary summary(long id, String title, String created, DocumentStatus status, String step) {
        return new DocumentSummary(
                id,
                "owner-7",
                "hash" + id,
                "scan.pdf",
                "stored-" + id + ".pdf",
                1000,
                "application/pdf",
                false,
                null,
                false,
                false,
                title,
                OffsetDateTime.parse(created),
                new DocumentStatus.Summary(status, step, false, 5));
    }
}
