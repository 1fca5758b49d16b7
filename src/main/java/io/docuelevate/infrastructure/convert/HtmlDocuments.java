package io.docuelevate.infrastructure.convert;

import io.docuelevate.domain.mail.MailMessage;
import java.util.List;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The HTML LibreOffice turns into PDF for Markdown, HTML and e-mail: complete documents whose content passed
 * an allow list of passive elements. Scripts, styles, frames, objects, forms and every attribute that could
 * make a renderer fetch something (image sources other than {@code data:}, style sheets, backgrounds) are
 * removed; raw HTML inside Markdown is shown as text.
 */
final class HtmlDocuments {

    private static final Safelist PASSIVE = Safelist.relaxed()
            .removeProtocols("img", "src", "http", "https")
            .addProtocols("img", "src", "data")
            .removeAttributes("blockquote", "cite")
            .removeAttributes("q", "cite")
            .addTags("hr", "center", "font", "s", "del", "ins", "mark");

    private static final Parser MARKDOWN = Parser.builder().build();
    private static final HtmlRenderer MARKDOWN_HTML =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private HtmlDocuments() {}

    /** An HTML document made of the passive parts of {@code html}. */
    static String fromHtml(String html) {
        Document dirty = Jsoup.parse(html);
        return page(dirty.title(), clean(dirty));
    }

    /** Markdown rendered to HTML; HTML written inside the Markdown is escaped, so it shows as text. */
    static String fromMarkdown(String markdown) {
        String body = MARKDOWN_HTML.render(MARKDOWN.parse(markdown));
        return page("", clean(Jsoup.parse(body)));
    }

    /** An e-mail as people read it: From, To, Cc, Date, Subject, the body (HTML made passive, else text), the attachments' names. */
    static String fromMail(MailMessage message) {
        StringBuilder body = new StringBuilder("<table class=\"headers\">");
        header(body, "From", message.from());
        header(body, "To", message.to());
        header(body, "Cc", message.cc());
        header(body, "Date", message.date());
        header(body, "Subject", message.subject());
        body.append("</table><hr>");
        if (message.html() != null && !message.html().isBlank()) {
            body.append(clean(Jsoup.parse(message.html())));
        } else if (message.text() != null) {
            body.append("<pre style=\"white-space: pre-wrap\">")
                    .append(Entities.escape(message.text()))
                    .append("</pre>");
        }
        List<MailMessage.Attachment> attachments = message.attachments();
        if (!attachments.isEmpty()) {
            body.append("<hr><p>Attachments:</p><ul>");
            for (MailMessage.Attachment attachment : attachments) {
                body.append("<li>")
                        .append(Entities.escape(attachment.filename()))
                        .append("</li>");
            }
            body.append("</ul>");
        }
        return page(message.subject() == null ? "" : message.subject(), body.toString());
    }

    /** Plain text as a page (monospaced, lines kept). */
    static String fromText(String text) {
        return page("", "<pre style=\"white-space: pre-wrap\">" + Entities.escape(text) + "</pre>");
    }

    private static void header(StringBuilder body, String name, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        body.append("<tr><th align=\"left\">")
                .append(name)
                .append(":</th><td>")
                .append(Entities.escape(value))
                .append("</td></tr>");
    }

    private static String clean(Document dirty) {
        return new Cleaner(PASSIVE).clean(dirty).body().html();
    }

    private static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + Entities.escape(title)
                + "</title></head><body>\n" + body + "\n</body></html>\n";
    }
}
