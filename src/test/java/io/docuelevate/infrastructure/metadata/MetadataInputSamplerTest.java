package io.docuelevate.infrastructure.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MetadataInputSamplerTest {

    @Test
    void shortTextsAreSentWhole() {
        assertEquals("short text", MetadataInputSampler.sample("short text", 8000));
    }

    @Test
    void longTextsKeepEightyEightPercentHeadAndTwelvePercentTail() {
        String text = "H".repeat(20_000) + "T".repeat(20_000);
        String sample = MetadataInputSampler.sample(text, 8000);
        int budget = 8000 * 3;
        String[] parts = sample.split("\n\n\\[Document ending]\n\n");
        assertEquals(2, parts.length);
        assertEquals(Math.round(budget * 0.88), parts[0].length());
        assertEquals(budget - Math.round(budget * 0.88), parts[1].length());
        assertTrue(parts[0].startsWith("H".repeat(20_000)) && parts[1].chars().allMatch(c -> c == 'T'));
    }

    @Test
    void theBudgetIsAtLeastAThousandTokens() {
        String text = "x".repeat(3500);
        assertTrue(MetadataInputSampler.sample(text, 10).contains(MetadataInputSampler.MARKER));
        assertEquals(text.substring(0, 2000), MetadataInputSampler.sample("x".repeat(2000), 10));
    }
}
