package io.docuelevate.infrastructure.metadata;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A label such as "Rechnungsnummer", "Invoice No." or "Amount due", found in a line exactly (a
 * case-insensitive pattern) or, for OCR text, approximately: each of its words may differ by one
 * character (two for long compounds) after folding the usual OCR confusions ({@code 1|!} for {@code l},
 * {@code 0} for {@code o}, {@code rn} for {@code m}, lost umlauts). "Rechnungsnurnmer" and
 * "Gesamtbetraq" still count.
 */
final class Label {

    /** Where a label stands in a line: {@code [start, end)}. */
    record Match(int start, int end) {}

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d|!]+");

    private final Pattern exact;
    private final List<List<String>> fuzzyPhrases;

    private Label(Pattern exact, List<List<String>> fuzzyPhrases) {
        this.exact = exact;
        this.fuzzyPhrases = fuzzyPhrases;
    }

    /**
     * @param regex exact form(s), matched case-insensitively at word starts
     * @param fuzzy alternative phrases for approximate matching, e.g. "kundennummer", "unser zeichen" (none: exact only)
     */
    static Label of(String regex, String... fuzzy) {
        Pattern pattern = Pattern.compile(
                "(?<![\\p{L}\\d])(?:" + regex + ")(?![\\p{L}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<List<String>> phrases = new ArrayList<>();
        for (String phrase : fuzzy) {
            phrases.add(
                    Arrays.stream(phrase.strip().split("\\s+")).map(Label::fold).toList());
        }
        return new Label(pattern, List.copyOf(phrases));
    }

    /** The leftmost occurrence in {@code line}. */
    Optional<Match> find(String line) {
        return find(line, 0);
    }

    Optional<Match> find(String line, int from) {
        Matcher m = exact.matcher(line);
        Match best = m.find(from) ? new Match(m.start(), m.end()) : null;
        for (List<String> phrase : fuzzyPhrases) {
            Match approximate = fuzzy(line, from, phrase);
            if (approximate != null && (best == null || approximate.start() < best.start())) {
                best = approximate;
            }
        }
        return Optional.ofNullable(best);
    }

    boolean in(String line) {
        return find(line).isPresent();
    }

    private static Match fuzzy(String line, int from, List<String> fuzzyWords) {
        List<int[]> spans = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(line);
        while (m.find()) {
            if (m.start() >= from) {
                spans.add(new int[] {m.start(), m.end()});
                tokens.add(fold(m.group()));
            }
        }
        int k = fuzzyWords.size();
        for (int i = 0; i + k <= tokens.size(); i++) {
            boolean all = true;
            for (int j = 0; j < k && all; j++) {
                all = similar(tokens.get(i + j), fuzzyWords.get(j));
            }
            if (all) {
                return new Match(spans.get(i)[0], spans.get(i + k - 1)[1]);
            }
        }
        return null;
    }

    static boolean similar(String token, String word) {
        if (token.equals(word)) {
            return true;
        }
        int allowed = word.length() >= 11 ? 2 : word.length() >= 5 ? 1 : 0;
        return allowed > 0
                && Math.abs(token.length() - word.length()) <= allowed
                && distance(token, word, allowed) <= allowed;
    }

    /** Lower case, umlauts and accents dropped, OCR look-alikes folded. */
    static String fold(String value) {
        String lower = Normalizer.normalize(value.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return lower.replace('1', 'l')
                .replace('|', 'l')
                .replace('!', 'l')
                .replace('0', 'o')
                .replace("rn", "m");
    }

    /** Levenshtein distance, giving up (returning {@code limit + 1}) once it exceeds {@code limit}. */
    static int distance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
