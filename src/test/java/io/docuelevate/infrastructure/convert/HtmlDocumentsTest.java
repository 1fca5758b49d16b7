package io.docuelevate.infrastructure.convert;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.mail.MailMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlDocumentsTest {

    @Test
    void rawHtmlInMarkdownIsShownAsTextNeverRun() {
        String html = HtmlDocuments.fromMarkdown(
                "# Title\n\n<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[link](javascript:alert(3))\n");
        assertTrue(html.contains("<h1>Title</h1>"), html);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
        assertFalse(html.contains("javascript:"), html);
    }

    @Test
    void markdownImagesFromTheNetworkAreDropped() {
        String html = HtmlDocuments.fromMarkdown("![tracker](http://169.254.169.254/latest/meta-data)\n");
        assertFalse(html.contains("169.254.169.254"), html);
    }

    @Test
    void htmlKeepsTextAndPassiveMarkupButNothingThatFetchesOrRuns() {
        String html = HtmlDocuments.fromHtml("<html><head><title>T</title><link rel=stylesheet href=http://evil/s.css>"
                + "<style>body{background:url(http://evil/b.png)}</style><script>x()</script></head>"
                + "<body background=http://evil/bg.png><h1 style=\"background:url(http://evil/h.png)\">Hello</h1>"
                + "<img src=\"http://evil/i.png\"><img src=\"file:///etc/passwd\"><img src=\"data:image/png;base64,iVBORw0KGgo=\">"
                + "<iframe src=http://evil/f></iframe><object data=http://evil/o></object><table><tr><td>cell</td></tr></table>"
                + "<a href=\"https://example.org\">link</a></body></html>");
        assertFalse(html.contains("evil"), html);
        assertFalse(html.contains("file:"), html);
        assertFalse(html.contains("<script"), html);
        assertTrue(html.contains("Hello") && html.contains("<td>cell</td>"), html);
        assertTrue(html.contains("data:image/png"), "inline data images stay: " + html);
        assertTrue(html.contains("<a href=\"https://example.org\">link</a>"), "links are text, never fetched: " + html);
        assertTrue(html.contains("<meta charset=\"utf-8\">"), html);
    }

    @Test
    void anEmailShowsItsHeadersBodyAndAttachmentNamesEscaped() {
        MailMessage message = new MailMessage() {
            public String from() {
                return "Alice <alice@example.org>";
            }

            public String to() {
                return "bob@example.org";
            }

            public String cc() {
                return null;
            }

            public String date() {
                return "Fri, 4 Dec 2026 10:15:00 +0100";
            }

            public String subject() {
                return "Invoice <42>";
            }

            public String text() {
                return "plain body";
            }

            public String html() {
                return "<p onclick=\"x()\">Dear Bob</p><img src=\"https://tracker.example/p.gif\">";
            }

            public List<Attachment> attachments() {
                return List.of(new Attachment() {
                    public String filename() {
                        return "inv<oice>.pdf";
                    }

                    public InputStream open() {
                        return new ByteArrayInputStream(new byte[0]);
                    }
                });
            }

            public void close() {}
        };
        String html = HtmlDocuments.fromMail(message);
        assertTrue(html.contains("Alice &lt;alice@example.org&gt;"), html);
        assertTrue(html.contains("Invoice &lt;42&gt;"), html);
        assertTrue(html.contains("Fri, 4 Dec 2026"), html);
        assertTrue(html.contains("<p>Dear Bob</p>"), "the HTML body wins, made passive: " + html);
        assertFalse(html.contains("tracker") || html.contains("onclick"), html);
        assertTrue(html.contains("inv&lt;oice&gt;.pdf"), html);
        assertFalse(html.contains("Cc:"), "empty headers are left out: " + html);
    }
}
