package io.docuelevate.infrastructure.search.lucene;

import io.docuelevate.domain.search.SearchDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;

/**
 * A {@link SearchDocument} as the Lucene document of {@link LuceneFields}: text fields with positions and
 * offsets (phrases, highlights without re-analysis), exact values for filters, points for ranges, doc values
 * for sorting and sorted-set facets. Changing what is indexed changes {@link IndexFormat#VERSION}.
 */
final class DocumentMapper {

    /** Text indexed with positions and offsets (phrases, highlighting without re-analysis). */
    private static final FieldType TEXT_WITH_OFFSETS;

    private static final FieldType STORED_TEXT_WITH_OFFSETS;

    static {
        TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_NOT_STORED);
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
        STORED_TEXT_WITH_OFFSETS = new FieldType(TEXT_WITH_OFFSETS);
        STORED_TEXT_WITH_OFFSETS.setStored(true);
        STORED_TEXT_WITH_OFFSETS.freeze();
    }

    private final FacetsConfig facetsConfig = new FacetsConfig();

    DocumentMapper() {
        facetsConfig.setMultiValued(LuceneFields.TAGS, true);
    }

    /** How facet fields are indexed, which facet counting reads with. */
    FacetsConfig facetsConfig() {
        return facetsConfig;
    }

    /** The term that identifies a file's document, for replacing and deleting it. */
    static Term idTerm(long fileId) {
        return new Term(LuceneFields.ID, Long.toString(fileId));
    }

    /** The document to index, its facet fields already translated. */
    Document toLucene(SearchDocument source) throws IOException {
        return facetsConfig.build(fields(source));
    }

    private static Document fields(SearchDocument source) {
        Document doc = new Document();
        String id = Long.toString(source.fileId());
        doc.add(new StringField(LuceneFields.ID, id, Field.Store.YES));
        doc.add(new NumericDocValuesField(LuceneFields.DV_ID, source.fileId()));
        if (source.ownerId() != null) {
            doc.add(new StringField(LuceneFields.OWNER, source.ownerId(), Field.Store.NO));
        }
        doc.add(new StringField(LuceneFields.PRIVATE, Boolean.toString(source.privateDocument()), Field.Store.YES));

        text(doc, LuceneFields.TITLE, source.documentTitle(), true);
        text(doc, LuceneFields.FILENAME, source.originalFilename(), true);
        text(doc, LuceneFields.CONTENT, source.text(), true);
        List<String> meta = new ArrayList<>(source.tags());
        Stream.of(
                        source.documentType(),
                        source.sender(),
                        source.recipient(),
                        source.correspondent(),
                        source.referenceNumber())
                .filter(value -> value != null && !value.isBlank())
                .forEach(meta::add);
        for (String value : meta) {
            text(doc, LuceneFields.META, value, false);
        }

        keyword(doc, LuceneFields.DOCUMENT_TYPE, source.documentType(), true);
        keyword(doc, LuceneFields.SENDER, source.sender(), true);
        keyword(doc, LuceneFields.LANGUAGE, source.language(), true);
        keyword(doc, LuceneFields.MIME_TYPE, source.mimeType(), true);
        stored(doc, LuceneFields.RECIPIENT, source.recipient());
        stored(doc, LuceneFields.CORRESPONDENT, source.correspondent());
        stored(doc, LuceneFields.REFERENCE_NUMBER, source.referenceNumber());
        for (String tag : source.tags()) {
            keyword(doc, LuceneFields.TAGS, tag, true);
        }

        long created = source.createdAt().getEpochSecond();
        doc.add(new StoredField(LuceneFields.CREATED_AT, created));
        doc.add(new LongPoint(LuceneFields.PT_CREATED_AT, created));
        doc.add(new NumericDocValuesField(LuceneFields.DV_CREATED_AT, created));
        doc.add(new StoredField(LuceneFields.FILE_SIZE, source.fileSize()));
        doc.add(new NumericDocValuesField(LuceneFields.DV_FILE_SIZE, source.fileSize()));
        doc.add(new StoredField(LuceneFields.TEXT_LENGTH, source.textLength()));
        doc.add(new IntPoint(LuceneFields.PT_TEXT_LENGTH, source.textLength()));
        if (source.confidenceScore() != null) {
            doc.add(new StoredField(LuceneFields.CONFIDENCE, source.confidenceScore()));
            doc.add(new NumericDocValuesField(LuceneFields.DV_CONFIDENCE, source.confidenceScore()));
        }

        facet(doc, LuceneFields.DOCUMENT_TYPE, source.documentType());
        facet(doc, LuceneFields.LANGUAGE, source.language());
        facet(doc, LuceneFields.MIME_TYPE, source.mimeType());
        facet(doc, LuceneFields.CORRESPONDENT, source.correspondent());
        for (String tag : source.tags()) {
            facet(doc, LuceneFields.TAGS, tag);
        }
        return doc;
    }

    /** A text field of German and English stems, stored when highlighted. */
    private static void text(Document doc, String field, String value, boolean stored) {
        if (value == null || value.isEmpty()) {
            return;
        }
        doc.add(new Field(field, value, stored ? STORED_TEXT_WITH_OFFSETS : TEXT_WITH_OFFSETS));
    }

    private static void keyword(Document doc, String field, String value, boolean stored) {
        if (value == null || value.isBlank()) {
            return;
        }
        doc.add(new StringField(LuceneFields.keyword(field), LuceneFields.keywordValue(value), Field.Store.NO));
        if (stored) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void facet(Document doc, String dimension, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new SortedSetDocValuesFacetField(dimension, value.strip()));
        }
    }
}
