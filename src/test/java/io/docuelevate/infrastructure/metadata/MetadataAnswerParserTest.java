package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.docuelevate.domain.metadata.MetadataExtractionException;
import org.junit.jupiter.api.Test;

class MetadataAnswerParserTest {

    @Test
    void plainJson() throws Exception {
        assertEquals("a", MetadataAnswerParser.parse("{\"title\":\"a\"}").getString("title"));
    }

    @Test
    void jsonInAFenceWinsOverBracesElsewhere() throws Exception {
        String answer = "Here you go {not this}:\n```json\n{\"title\":\"fenced\"}\n```\nHope it helps {really}.";
        assertEquals("fenced", MetadataAnswerParser.parse(answer).getString("title"));
    }

    @Test
    void proseAroundTheObjectIsIgnored() throws Exception {
        assertEquals(
                "b",
                MetadataAnswerParser.parse("Sure! The metadata is {\"title\":\"b\"} as requested.")
                        .getString("title"));
    }

    @Test
    void malformedAnswersAreRefusedWithAReason() {
        assertEquals(
                "AI answer contains no JSON object",
                assertThrows(
                                MetadataExtractionException.class,
                                () -> MetadataAnswerParser.parse("I cannot help with that."))
                        .getMessage());
        assertThrows(
                MetadataExtractionException.class, () -> MetadataAnswerParser.parse("{\"title\": \"unterminated}"));
        assertThrows(MetadataExtractionException.class, () -> MetadataAnswerParser.parse(""));
        assertThrows(MetadataExtractionException.class, () -> MetadataAnswerParser.parse("```json\n[1, 2]\n```"));
    }
}
