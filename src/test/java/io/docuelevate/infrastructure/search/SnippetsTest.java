package io.docuelevate.infrastructure.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetsTest {

    @Test
    void marksAndEscapesTheWholeText() {
        assertEquals(
                "<mark>Rechnung</mark> &amp; &lt;Mahnung&gt;",
                Snippets.mark("Rechnung & <Mahnung>", List.of(new Snippets.Match(0, 8))));
    }

    @Test
    void cropsAroundTheFirstMatchAtWordBoundariesAndCollapsesWhitespace() {
        String text = "alpha beta gamma\n\n delta ".repeat(30) + "the invoice number 42 " + "omega psi ".repeat(30);
        int start = text.indexOf("invoice");
        String snippet = Snippets.crop(text, 0, text.length(), List.of(new Snippets.Match(start, start + 7)), 100);

        assertTrue(snippet.startsWith("…") && snippet.endsWith("…"), snippet);
        assertTrue(snippet.contains("the <mark>invoice</mark> number 42"), snippet);
        assertTrue(snippet.length() <= 100 + 2 + "<mark></mark>".length(), snippet.length() + ": " + snippet);
        assertTrue(!snippet.contains("  ") && !snippet.contains("\n"), snippet);
        String plain = snippet.replace("<mark>", "").replace("</mark>", "").replace("…", "");
        assertTrue(text.replaceAll("\\s+", " ").contains(plain.strip()), "cut at word boundaries: " + plain);
    }

    @Test
    void shortTextIsNotCropped() {
        assertEquals(
                "short <mark>text</mark>", Snippets.crop("short text", 0, 10, List.of(new Snippets.Match(6, 10)), 200));
        assertEquals("no match here", Snippets.crop("no match here", 0, 13, List.of(), 200));
    }

    @Test
    void readsEngineMarkersAndCropMarkers() {
        assertEquals(
                "…the <mark>invoice</mark> &lt;b&gt;…",
                Snippets.fromMarkers("…the \u0001invoice\u0002 <b>…", "\u0001", "\u0002", 200));
        assertEquals(
                "<mark>Invoice</mark> March",
                Snippets.fromMarkers("\u0001Invoice\u0002 March", "\u0001", "\u0002", Integer.MAX_VALUE));
    }
}
