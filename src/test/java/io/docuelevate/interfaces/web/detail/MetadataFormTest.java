package io.docuelevate.interfaces.web.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class MetadataFormTest {

    @Test
    void theFormRoundTripsTheThirteenFieldsThroughTheRestCodec() {
        DocumentMetadata stored = DocumentMetadata.builder()
                .filename("2024-01-05_Rechnung")
                .correspondent("Stadtwerke")
                .kommunikationsart(Kommunikationsart.Rechnung)
                .documentType("Invoice")
                .tags(List.of("energy", "home"))
                .language("de")
                .title("Strom Januar")
                .confidenceScore(80)
                .referenceNumber("R-17")
                .monetaryAmounts(List.of("118,00 EUR", "19,00 EUR"))
                .build();
        MetadataForm form = MetadataForm.of(stored);
        assertEquals("energy, home", form.getTags());
        assertEquals("118,00 EUR\n19,00 EUR", form.getMonetaryAmounts());

        DocumentMetadata read = MetadataJson.fromJson(form.toJson(), new ArrayList<>());
        assertEquals(MetadataJson.toJson(stored), MetadataJson.toJson(read));
    }

    @Test
    void tagsAreSplitAtCommasAndBlanksDropped() {
        MetadataForm form = new MetadataForm();
        form.setTags(" a, ,b;c ,");
        assertEquals(List.of("a", "b", "c"), form.tagList());
    }

    @Test
    void durationsAndSizesSpeakThePagesLanguage() {
        DetailFormat german = new DetailFormat(Locale.GERMAN);
        OffsetDateTime start = OffsetDateTime.parse("2026-01-01T10:00:00Z");
        assertEquals("1,5 s", german.duration(start, start.plusNanos(1_500_000_000L)));
        assertEquals("2 min 5 s", german.duration(start, start.plusSeconds(125)));
        assertEquals("", german.duration(start, null));
        assertEquals("1,5 KB", german.bytes(1536));
        assertEquals("Fehlgeschlagen", german.text("step.status.failure", "x"));
        assertEquals("upload_to_mars", german.text("step.upload_to_mars", "upload_to_mars"));
    }
}
