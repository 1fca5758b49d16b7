package io.docuelevate.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("100!% sure!_final!!.pdf", LikePatterns.escape("100% sure_final!.pdf"));
    }

    @Test
    void plainTextIsUnchanged() {
        assertEquals("Rechnung März 2026.pdf", LikePatterns.escape("Rechnung März 2026.pdf"));
    }

    @Test
    void containsAndStartsWithAddTheirWildcardsOnlyAroundTheEscapedText() {
        assertEquals("%!%%", LikePatterns.contains("%"));
        assertEquals("upload!_to!_%", LikePatterns.startsWith("upload_to_"));
        assertEquals("%%", LikePatterns.contains(""));
    }
}
