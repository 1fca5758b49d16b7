package io.docuelevate.domain.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.docuelevate.domain.metadata.DocumentMetadata;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListedMetadataTest {

    @Test
    void theListColumnsCopyTheMetadataWithTagsSearchableOneByOne() {
        DocumentMetadata metadata = DocumentMetadata.builder()
                .correspondent("ACME GmbH")
                .documentType("Invoice")
                .filename("2024-03-05_Invoice_ACME")
                .tags(List.of("Tax", "a|b"))
                .build();
        ListedMetadata listed = ListedMetadata.of(metadata);
        assertEquals("ACME GmbH", listed.correspondent());
        assertEquals("Invoice", listed.documentType());
        assertEquals(LocalDate.of(2024, 3, 5), listed.documentDate());
        assertEquals("|tax|a b|", listed.tags());
    }

    @Test
    void noMetadataMeansEmptyColumns() {
        assertEquals(ListedMetadata.NONE, ListedMetadata.of(null));
        assertNull(ListedMetadata.of(DocumentMetadata.builder().build()).tags());
    }
}
