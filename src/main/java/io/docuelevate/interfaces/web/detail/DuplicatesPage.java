package io.docuelevate.interfaces.web.detail;

import io.docuelevate.application.documents.DocumentQueries;
import io.docuelevate.application.documents.DocumentQueries.DocumentSummary;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroup;
import io.docuelevate.application.documents.DocumentQueries.DuplicateGroups;
import io.docuelevate.interfaces.web.LanguageSelection;
import io.docuelevate.interfaces.web.Viewer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * The duplicates page ({@code /duplicates}, {@code #{duplicatesPage}}): the viewer's groups of identical
 * uploads, largest first, read through the same query as {@code GET /api/duplicates}, a page at a time.
 */
@Named("duplicatesPage")
@RequestScoped
public class DuplicatesPage {

    static final int PER_PAGE = 25;
    private static final int MAX_PAGE = 10_000;

    @Inject
    HttpServletRequest request;

    @Inject
    DocumentQueries queries;

    @Inject
    Viewer viewer;

    @Inject
    LanguageSelection language;

    private DuplicateGroups groups;

    private DuplicateGroups groups() {
        if (groups == null) {
            groups = queries.duplicateGroups(pageNumber(), PER_PAGE, viewer.documentFilter());
        }
        return groups;
    }

    private int pageNumber() {
        String page = request.getParameter("page");
        if (page == null || !page.strip().matches("\\d{1,5}")) {
            return 1;
        }
        return Math.max(1, Math.min(MAX_PAGE, Integer.parseInt(page.strip())));
    }

    /** The groups of this page, each with the original (if visible) and its copies. */
    public List<Group> getGroups() {
        DetailFormat format = new DetailFormat(language.getLocale());
        return groups().groups().stream().map(group -> Group.of(group, format)).toList();
    }

    public long getTotalGroups() {
        return groups().totalGroups();
    }

    public long getTotalDuplicates() {
        return groups().totalDuplicateFiles();
    }

    public int getPage() {
        return groups().page();
    }

    public int getPages() {
        return groups().pages();
    }

    public boolean isHasPrevious() {
        return getPage() > 1;
    }

    public boolean isHasNext() {
        return getPage() < getPages();
    }

    /** One group: the shared hash, the original (null when it is gone or not visible) and the copies. */
    public record Group(String hash, Entry original, List<Entry> duplicates) {

        static Group of(DuplicateGroup group, DetailFormat format) {
            return new Group(
                    group.fileHash(),
                    group.original() == null ? null : Entry.of(group.original(), format),
                    group.duplicates().stream().map(d -> Entry.of(d, format)).toList());
        }

        /** The first characters of the hash, enough to tell groups apart. */
        public String shortHash() {
            return hash.length() > 12 ? hash.substring(0, 12) : hash;
        }
    }

    /** One document of a group as a link: id, name, when and size. */
    public record Entry(long id, String name, String created, String size) {

        static Entry of(DocumentSummary document, DetailFormat format) {
            return new Entry(
                    document.id(),
                    document.originalFilename(),
                    format.dateTime(document.createdAt()),
                    format.bytes(document.fileSize()));
        }
    }
}
