package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

    @Test
    void asciiNamesAreQuotedAsTheyAre() {
        assertEquals(
                "attachment; filename=\"Invoice 2026-01.pdf\"", ContentDisposition.attachment("Invoice 2026-01.pdf"));
        assertEquals("inline; filename=\"scan.png\"", ContentDisposition.inline("scan.png"));
    }

    @Test
    void nonAsciiNamesGetATransliteratedFallbackAndAnRfc5987Name() {
        assertEquals(
                "attachment; filename=\"Rechnung Marz.pdf\"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf",
                ContentDisposition.attachment("Rechnung März.pdf"));
        assertEquals(
                "attachment; filename=\"__.pdf\"; filename*=UTF-8''%E8%AB%8B%E6%B1%82.pdf",
                ContentDisposition.attachment("請求.pdf"));
    }

    @Test
    void quotesBackslashesSeparatorsAndLineBreaksCannotBreakTheHeader() {
        String header = ContentDisposition.attachment("a\"b\\c/d\r\nSet-Cookie: x.pdf");
        assertEquals("attachment; filename=\"a_b_c_d__Set-Cookie: x.pdf\"", header);
        assertFalse(header.contains("\r") || header.contains("\n"));
    }

    @Test
    void attrCharsStayReadableInTheEncodedName() {
        assertEquals(
                "attachment; filename=\"a+b!#$&^_`|~-.pdf_\"; filename*=UTF-8''a+b!#$&^_`|~-.pdf%C2%A0",
                ContentDisposition.attachment("a+b!#$&^_`|~-.pdf\u00a0"));
    }

    @Test
    void missingNamesBecomeDownload() {
        assertEquals("attachment; filename=\"download\"", ContentDisposition.attachment(null));
        assertEquals("attachment; filename=\"download\"", ContentDisposition.attachment("  "));
    }
}
