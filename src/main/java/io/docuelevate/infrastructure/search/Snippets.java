package io.docuelevate.infrastructure.search;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns text plus match offsets into the snippets search answers carry: HTML-escaped, matches wrapped in
 * {@code <mark>…</mark>}, whitespace runs collapsed, and — for long text — cropped to about
 * {@code maxChars} around the first match at word boundaries with {@code …} where text was cut. Escaping
 * everything but the marks means a client can render a snippet as HTML even when a document's text
 * contains markup.
 */
public final class Snippets {

    public static final String MARK_OPEN = "<mark>";
    public static final String MARK_CLOSE = "</mark>";
    public static final String ELLIPSIS = "…";

    /** Characters of context kept before the first match when cropping. */
    private static final double LEAD_SHARE = 0.3;

    private Snippets() {}

    /** A match: {@code [start, end)} character offsets into the text. */
    public record Match(int start, int end) {}

    /** The whole text with its matches marked (titles, file names). */
    public static String mark(String text, List<Match> matches) {
        if (text == null) {
            return null;
        }
        return render(text, 0, text.length(), matches, false, false);
    }

    /**
     * About {@code maxChars} characters of {@code text} within {@code [from, to)} around the first match
     * (from {@code from} when there is none), matches marked.
     */
    public static String crop(String text, int from, int to, List<Match> matches, int maxChars) {
        if (text == null) {
            return null;
        }
        from = Math.max(0, Math.min(from, text.length()));
        to = Math.max(from, Math.min(to, text.length()));
        List<Match> inside = new ArrayList<>();
        for (Match match : matches) {
            if (match.start() >= from && match.end() <= to && match.end() > match.start()) {
                inside.add(match);
            }
        }
        inside.sort((a, b) -> Integer.compare(a.start(), b.start()));
        int anchorStart = inside.isEmpty() ? from : inside.get(0).start();
        int anchorEnd = inside.isEmpty() ? from : inside.get(0).end();
        int start = from;
        int end = to;
        if (to - from > maxChars) {
            start = Math.max(from, anchorStart - (int) (maxChars * LEAD_SHARE));
            end = Math.min(to, start + maxChars);
            if (end - start < maxChars) {
                start = Math.max(from, end - maxChars);
            }
            start = wordStartAtOrAfter(text, start, Math.min(anchorStart, end));
            end = wordEndAtOrBefore(text, end, Math.max(anchorEnd, start));
        }
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return render(text, start, end, inside, start > 0, end < text.length());
    }

    /**
     * Reads a text in which an engine wrapped matches in {@code open}/{@code close} markers (and cut text with
     * {@code cropMarker}) into the answer's form: escaped, marked, cropped to about {@code maxChars}.
     */
    public static String fromMarkers(String formatted, String open, String close, int maxChars) {
        if (formatted == null) {
            return null;
        }
        StringBuilder plain = new StringBuilder(formatted.length());
        List<Match> matches = new ArrayList<>();
        int i = 0;
        int matchStart = -1;
        while (i < formatted.length()) {
            if (formatted.startsWith(open, i)) {
                matchStart = plain.length();
                i += open.length();
            } else if (formatted.startsWith(close, i)) {
                if (matchStart >= 0) {
                    matches.add(new Match(matchStart, plain.length()));
                }
                matchStart = -1;
                i += close.length();
            } else {
                plain.append(formatted.charAt(i));
                i++;
            }
        }
        String text = plain.toString();
        boolean cutBefore = text.startsWith(ELLIPSIS);
        boolean cutAfter = text.endsWith(ELLIPSIS) && text.length() > ELLIPSIS.length();
        int from = cutBefore ? ELLIPSIS.length() : 0;
        int to = cutAfter ? text.length() - ELLIPSIS.length() : text.length();
        String cropped = crop(text, from, to, matches, maxChars);
        if (cutBefore && !cropped.startsWith(ELLIPSIS)) {
            cropped = ELLIPSIS + cropped;
        }
        if (cutAfter && !cropped.endsWith(ELLIPSIS)) {
            cropped = cropped + ELLIPSIS;
        }
        return cropped;
    }

    /** HTML-escapes text for use between tags. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(text, 0, text.length(), out);
        return out.toString();
    }

    private static String render(
            String text, int start, int end, List<Match> matches, boolean cutBefore, boolean cutAfter) {
        StringBuilder out = new StringBuilder(end - start + 32);
        if (cutBefore) {
            out.append(ELLIPSIS);
        }
        int position = start;
        List<Match> ordered = new ArrayList<>(matches);
        ordered.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (Match match : ordered) {
            int matchStart = Math.max(match.start(), position);
            int matchEnd = Math.min(match.end(), end);
            if (matchStart >= matchEnd) {
                continue;
            }
            escapeInto(text, position, matchStart, out);
            out.append(MARK_OPEN);
            escapeInto(text, matchStart, matchEnd, out);
            out.append(MARK_CLOSE);
            position = matchEnd;
        }
        escapeInto(text, position, end, out);
        if (cutAfter) {
            out.append(ELLIPSIS);
        }
        return out.toString();
    }

    private static void escapeInto(String text, int from, int to, StringBuilder out) {
        boolean lastWasSpace = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!lastWasSpace) {
                    out.append(' ');
                    lastWasSpace = true;
                }
                continue;
            }
            lastWasSpace = false;
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }

    private static int wordStartAtOrAfter(String text, int position, int limit) {
        if (position == 0 || Character.isWhitespace(text.charAt(position - 1))) {
            return position;
        }
        int i = position;
        while (i < limit && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < limit ? i + 1 : position;
    }

    private static int wordEndAtOrBefore(String text, int position, int limit) {
        if (position >= text.length() || Character.isWhitespace(text.charAt(position))) {
            return position;
        }
        int i = position;
        while (i > limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i--;
        }
        return i > limit ? i : position;
    }
}
