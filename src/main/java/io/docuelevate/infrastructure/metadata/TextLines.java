package io.docuelevate.infrastructure.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text as lines, normalised once (line ends, non-breaking and typographic spaces,
 * ligatures) so every rule sees the same characters. Layout matters for letters and invoices: a value
 * often stands in the line below its label, in the same column, so {@link #below} finds it.
 */
final class TextLines {

    /** A run of text on one line separated from its neighbours by at least two spaces. */
    record Segment(int line, int start, int end, String text) {}

    private static final Pattern SEGMENT = Pattern.compile("\\S+(?: \\S+)*");
    /** Long documents: the rules look at the head and the tail, where letterheads, totals and signatures are. */
    static final int MAX_HEAD_LINES = 400;

    static final int MAX_TAIL_LINES = 120;

    private final List<String> lines;

    private TextLines(List<String> lines) {
        this.lines = lines;
    }

    static TextLines of(String raw) {
        String text = raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace('\f', '\n')
                .replace('\u00A0', ' ')
                .replace('\u2007', ' ')
                .replace('\u202F', ' ')
                .replace('\u2009', ' ')
                .replace("\uFB01", "fi")
                .replace("\uFB02", "fl")
                .replace('\t', ' ')
                .replace('\u2019', '\'')
                .replace('\u2018', '\'');
        List<String> all = List.of(text.split("\n", -1));
        List<String> kept = new ArrayList<>();
        if (all.size() > MAX_HEAD_LINES + MAX_TAIL_LINES) {
            kept.addAll(all.subList(0, MAX_HEAD_LINES));
            kept.addAll(all.subList(all.size() - MAX_TAIL_LINES, all.size()));
        } else {
            kept.addAll(all);
        }
        return new TextLines(kept.stream().map(TextLines::stripEnd).toList());
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    boolean isBlank(int index) {
        return lines.get(index).isBlank();
    }

    /** The whole (possibly shortened) text, lines joined by {@code \n}. */
    String text() {
        return String.join("\n", lines);
    }

    /** Indexes of the non-blank lines. */
    List<Integer> nonBlank() {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                result.add(i);
            }
        }
        return result;
    }

    /** The line's runs of text, split where two or more spaces separate them (table columns). */
    List<Segment> segments(int index) {
        List<Segment> result = new ArrayList<>();
        Matcher m = SEGMENT.matcher(lines.get(index));
        while (m.find()) {
            result.add(new Segment(index, m.start(), m.end(), m.group()));
        }
        return result;
    }

    /** The first segment of a line (the left column), or the whole trimmed line. */
    String firstSegment(int index) {
        List<Segment> segments = segments(index);
        return segments.isEmpty() ? "" : segments.get(0).text();
    }

    /**
     * The segment in the next non-blank line (within two lines) that overlaps the columns
     * {@code [from, to)}: the value under a column header.
     */
    Optional<Segment> below(int index, int from, int to) {
        for (int next = index + 1; next < lines.size() && next <= index + 2; next++) {
            if (isBlank(next)) {
                continue;
            }
            for (Segment segment : segments(next)) {
                if (segment.start() < to + 2 && segment.end() > from - 2) {
                    return Optional.of(segment);
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The next non-blank line's index after {@code index}, or -1. */
    int nextNonBlank(int index) {
        for (int i = index + 1; i < lines.size(); i++) {
            if (!isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    /** The previous non-blank line's index before {@code index}, or -1. */
    int previousNonBlank(int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!isBlank(i)) {
                return i;
            }
        }
        return -1;
    }

    private static String stripEnd(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(0, end);
    }
}
