package io.docuelevate.infrastructure.search;

import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchQuery;
import java.time.Instant;
import java.util.List;

/** Test documents and queries for the search adapters. */
public final class SearchDocuments {

    private SearchDocuments() {}

    public static Builder document(long fileId) {
        return new Builder(fileId);
    }

    public static SearchQuery query(String text) {
        return new SearchQuery(
                text,
                SearchQuery.Filters.NONE,
                SearchQuery.SortBy.RELEVANCE,
                SearchQuery.SortOrder.DESC,
                1,
                20,
                SearchQuery.Visibility.all());
    }

    public static SearchQuery query(String text, SearchQuery.Filters filters) {
        return new SearchQuery(
                text,
                filters,
                SearchQuery.SortBy.RELEVANCE,
                SearchQuery.SortOrder.DESC,
                1,
                20,
                SearchQuery.Visibility.all());
    }

    public static SearchQuery.Filters filters() {
        return SearchQuery.Filters.NONE;
    }

    /** A fluent builder with sensible defaults (English PDF, created at 2026-01-01 plus the id in days). */
    public static final class Builder {
        private final long fileId;
        private String owner;
        private boolean privateDocument;
        private String filename;
        private String title;
        private String type;
        private List<String> tags = List.of();
        private String sender;
        private String recipient;
        private String correspondent;
        private String language = "en";
        private String reference;
        private String mimeType = "application/pdf";
        private long size = 1000;
        private Integer confidence;
        private Instant created;
        private String text = "";

        private Builder(long fileId) {
            this.fileId = fileId;
            this.filename = "document-" + fileId + ".pdf";
            this.created = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(fileId * 86_400);
        }

        public Builder owner(String value) {
            owner = value;
            return this;
        }

        public Builder privateDocument(boolean value) {
            privateDocument = value;
            return this;
        }

        public Builder filename(String value) {
            filename = value;
            return this;
        }

        public Builder title(String value) {
            title = value;
            return this;
        }

        public Builder type(String value) {
            type = value;
            return this;
        }

        public Builder tags(String... values) {
            tags = List.of(values);
            return this;
        }

        public Builder sender(String value) {
            sender = value;
            return this;
        }

        public Builder recipient(String value) {
            recipient = value;
            return this;
        }

        public Builder correspondent(String value) {
            correspondent = value;
            return this;
        }

        public Builder language(String value) {
            language = value;
            return this;
        }

        public Builder reference(String value) {
            reference = value;
            return this;
        }

        public Builder mimeType(String value) {
            mimeType = value;
            return this;
        }

        public Builder size(long value) {
            size = value;
            return this;
        }

        public Builder confidence(Integer value) {
            confidence = value;
            return this;
        }

        public Builder created(Instant value) {
            created = value;
            return this;
        }

        public Builder text(String value) {
            text = value;
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(
                    fileId,
                    owner,
                    privateDocument,
                    filename,
                    title,
                    type,
                    tags,
                    sender,
                    recipient,
                    correspondent,
                    language,
                    reference,
                    mimeType,
                    size,
                    confidence,
                    created,
                    text);
        }
    }
}
