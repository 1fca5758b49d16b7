package io.docuelevate.interfaces.web.documents;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.BrowseSort;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.ListedDocument;
import io.docuelevate.application.documents.DocumentQueries.Page;
import io.docuelevate.application.documents.DocumentQueries.SortOrder;
import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.interfaces.web.ByteSizes;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The documents page ({@code #{documentsPage}}): one page of the viewer's documents (an administrator's: all)
 * as the URL asks for it, with the links to sort and paginate and the values to fill the filter form again.
 * It reads through {@link DocumentQueries}, with the same owner filter as the REST API.
 */
@Named("documentsPage")
@RequestScoped
public class DocumentsPage {

    @Inject
    DocumentQueries queries;

    @Inject
    DocumentTypeChoices documentTypes;

    @Inject
    Viewer viewer;

    @Inject
    LanguageSelection language;

    @Inject
    HttpServletRequest request;

    private ListRequest list;
    private Page<ListedDocument> page;
    private List<Row> rows;

    /** One table row, formatted for the viewer's language. */
    public record Row(
            long id,
            String title,
            String filename,
            String correspondent,
            String documentType,
            String documentDate,
            String documentDateIso,
            long bytes,
            String size,
            String status,
            boolean repaired,
            String uploaded,
            String uploadedIso) {}

    @PostConstruct
    void load() {
        list = new ListRequest(request::getParameter);
        page = queries.browse(list.criteria(), viewer.documentFilter());
        Locale locale = language.getLocale();
        DateTimeFormatter dates =
                DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        DateTimeFormatter times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale);
        rows = page.items().stream()
                .map(listed -> row(listed, dates, times, locale))
                .toList();
    }

    private static Row row(ListedDocument listed, DateTimeFormatter dates, DateTimeFormatter times, Locale locale) {
        DocumentSummary document = listed.summary();
        String filename = document.originalFilename() == null ? "" : document.originalFilename();
        String title =
                document.documentTitle() == null || document.documentTitle().isBlank()
                        ? filename
                        : document.documentTitle();
        LocalDate date = listed.documentDate();
        OffsetDateTime uploaded = document.createdAt();
        return new Row(
                document.id(),
                title.isBlank() ? "#" + document.id() : title,
                filename,
                nullToEmpty(listed.correspondent()),
                nullToEmpty(listed.documentType()),
                date == null ? "" : dates.format(date),
                date == null ? "" : date.toString(),
                document.fileSize(),
                size(document.fileSize(), locale),
                document.processing().status().value(),
                listed.repaired(),
                uploaded == null ? "" : times.format(uploaded),
                uploaded == null ? "" : uploaded.toString());
    }

    /** A byte count in the largest unit that keeps it at least 1, with one decimal above bytes. */
    static String size(long bytes, Locale locale) {
        return ByteSizes.format(bytes, locale);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public List<Row> getRows() {
        return rows;
    }

    public long getTotal() {
        return page.total();
    }

    public String getTotalText() {
        return NumberFormat.getIntegerInstance(language.getLocale()).format(page.total());
    }

    public int getPageNumber() {
        return page.page();
    }

    public int getPageCount() {
        return Math.max(1, page.pages());
    }

    public boolean isHasPrevious() {
        return page.page() > 1;
    }

    public boolean isHasNext() {
        return page.page() < page.pages();
    }

    public String getPreviousLink() {
        return list.atPage(Math.min(page.page() - 1, getPageCount()));
    }

    public String getNextLink() {
        return list.atPage(page.page() + 1);
    }

    public String getFirstLink() {
        return list.atPage(1);
    }

    public String getLastLink() {
        return list.atPage(getPageCount());
    }

    /** The link that sorts by the column named {@code sort} (a {@link BrowseSort} parameter). */
    public String sortLink(String sort) {
        return list.sortedBy(BrowseSort.fromParameter(sort).orElseThrow());
    }

    /** {@code ascending}, {@code descending} or {@code none}, for the column header's {@code aria-sort}. */
    public String ariaSort(String sort) {
        if (!list.criteria().sortBy().parameter().equals(sort)) {
            return "none";
        }
        return list.criteria().sortOrder() == SortOrder.ASC ? "ascending" : "descending";
    }

    /** The raw value of a filter parameter, to fill the form again. */
    public String param(String name) {
        return list.value(name);
    }

    /** Parameters whose values were ignored because they were not understood. */
    public List<String> getProblems() {
        return list.problems();
    }

    public boolean isFiltered() {
        return Arrays.asList("q", "status", "type", "correspondent", "tag", "from", "to").stream()
                .anyMatch(name -> !list.value(name).isEmpty());
    }

    public List<String> getStatuses() {
        return Arrays.stream(DocumentStatus.values()).map(DocumentStatus::value).toList();
    }

    public List<String> getDocumentTypes() {
        return documentTypes.of(viewer.documentFilter());
    }

    /** How many documents the detail page or a bulk delete reports as deleted ({@code ?deleted=N}), else 0. */
    public int getDeletedCount() {
        return Optional.ofNullable(request.getParameter("deleted"))
                .filter(value -> value.matches("\\d{1,6}"))
                .map(Integer::parseInt)
                .orElse(0);
    }
}
