package io.docuelevate.infrastructure.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the document date: every date in the text ({@code 14.03.2026}, {@code 14.03.26},
 * {@code 2026-03-14}, {@code 21 January 2026}, {@code 1. März 2026}, {@code March 2, 2026},
 * {@code 09/11/2026}), each scored by what stands around it, so the letter or header date wins over due
 * dates, delivery dates, birth dates, periods and transaction lines.
 *
 * <p>Month names come from java.time's locale data (English, German, French; full and short forms,
 * also without umlauts as OCR and ASCII writers spell them) and every date is validated by
 * {@link LocalDate#of}. Numeric {@code a/b/yyyy} dates are read day-first unless the document is
 * English without British or European cues (then US month-first); a part above 12 settles it for the
 * whole document.
 */
final class DateFinder {

    /** A date found in the text and how much it looks like the document date. */
    record Candidate(LocalDate date, int line, int start, int end, double score) {}

    enum SlashOrder {
        DAY_FIRST,
        MONTH_FIRST
    }

    private static final Locale[] MONTH_LOCALES = {Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH};
    private static final Map<String, Integer> MONTHS = monthNames();
    private static final String MONTH_WORD = "([\\p{L}]{3,10})\\.?";

    private static final Pattern ISO = Pattern.compile("(?<![\\d./-])(\\d{4})-(\\d{1,2})-(\\d{1,2})(?![\\d])");
    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4}|\\d{2})(?![\\d]|\\.\\d)");
    private static final Pattern SLASHED =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?[\\s-]+(?:of\\s+)?" + MONTH_WORD + ",?[\\s-]+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<![\\p{L}])" + MONTH_WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words right before a date that make it the document's date. */
    private static final List<Label> POSITIVE = List.of(
            Label.of("(?:rechnungs|beleg|ausstellungs|bescheid|brief)?datum", "rechnungsdatum"),
            Label.of(
                    "(?:invoice |statement |issue |notice |receipt )?date(?! of birth| of service| received)(?: of (?:issue|decision))?"),
            Label.of(
                    "statement closing date|date paid|dated|issued(?: on)?|erstellt am|ausgabe vom|kontoauszug vom|is made on|made on"));
    /** Words right before a date that make it some other date. */
    private static final List<Label> NEGATIVE = List.of(
            Label.of(
                    "f[äa]llig(?:keit|am)?|zahlbar|zu zahlen bis|due(?: date)?|pay(?:ment)? (?:by|due)|payable|bis(?: zum)?|until|through|to|and|expires?|ablauf|g[üu]ltig",
                    "fälligkeit"),
            Label.of(
                    "liefer(?:datum|schein|zeitraum|ung)?|leistungs(?:datum|zeitraum)?|delivery(?: date)?|order date|bestelldatum|auftragsdatum|date of service|service date|behandlungsdatum",
                    "lieferdatum",
                    "leistungsdatum"),
            Label.of("geb\\.|geboren(?: am)?|geburtsdatum|date of birth|dob|born", "geburtsdatum"),
            Label.of(
                    "erstzulassung|beginn(?:t)?(?: am)?|begins?|commenc\\w*|start(?:s| date)?|ab|vom|from|since|seit|period|zeitraum|laufzeit|mietbeginn|vertragsbeginn|tattag|received|eingang|ihre nachricht vom|ihr schreiben vom|alter kontostand(?: per)?|saldo alt|opening balance|previous balance|payment received|tse-start",
                    "erstzulassung",
                    "vertragsbeginn"));

    private static final Pattern CITY_COMMA =
            Pattern.compile("^\\s*\\p{Lu}[\\p{L} .\\-]{1,40},\\s*(?:den\\s+|le\\s+)?$");
    private static final Pattern RANGE_BEFORE =
            Pattern.compile("(?:\\d\\s*(?:-|–|—)|\\b(?:bis|to|until|through))\\s*$");
    private static final Pattern RANGE_AFTER = Pattern.compile("^\\s*(?:-|–|—|bis|to|until|through)\\s*\\S");
    private static final Pattern AMOUNT_LIKE = Pattern.compile("\\d[\\d.,']*[.,]\\d{2}(?!\\d)");
    private static final Pattern UK_POSTCODE = Pattern.compile("\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b");
    private static final Pattern US_STATE_ZIP = Pattern.compile("\\b[A-Z]{2},?\\s+\\d{5}(?:-\\d{4})?\\b");
    private static final Pattern NON_US_CUES = Pattern.compile(
            "£|€|\\bGBP\\b|\\bEUR\\b|\\bVAT\\b|\\bLtd\\b|\\bLimited\\b|\\bplc\\b|United Kingdom|\\bUK\\b|England|Scotland|Wales|Australia|New Zealand|Ireland|India",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern US_CUES =
            Pattern.compile("\\$|\\bUSD\\b|\\bInc\\.?(?!\\w)|\\bLLC\\b|\\bU\\.?S\\.?A?\\b|United States");

    private DateFinder() {}

    /** The document date, if the text has any date. */
    static Optional<Candidate> documentDate(TextLines text, String language) {
        return candidates(text, language).stream()
                .max(Comparator.comparingDouble(Candidate::score)
                        .thenComparing(Comparator.comparingInt(Candidate::line).reversed()));
    }

    /** Every valid date in the text, scored. */
    static List<Candidate> candidates(TextLines text, String language) {
        SlashOrder order = slashOrder(text, language);
        List<Candidate> found = new ArrayList<>();
        int lines = text.size();
        int firstTextLine = text.nonBlank().isEmpty() ? 0 : text.nonBlank().get(0);
        for (int i = 0; i < lines; i++) {
            String line = text.line(i);
            if (line.isBlank()) {
                continue;
            }
            List<int[]> taken = new ArrayList<>();
            collect(line, ISO, i, taken, found, m -> date(m.group(1), m.group(2), m.group(3)));
            collect(line, DAY_MONTH_YEAR, i, taken, found, m -> monthDate(m.group(3), m.group(2), m.group(1)));
            collect(line, MONTH_DAY_YEAR, i, taken, found, m -> monthDate(m.group(3), m.group(1), m.group(2)));
            collect(line, DOTTED, i, taken, found, m -> date(year(m.group(3)), m.group(2), m.group(1)));
            collect(
                    line,
                    SLASHED,
                    i,
                    taken,
                    found,
                    m -> order == SlashOrder.MONTH_FIRST && m.group(2).equals("/")
                            ? date(year(m.group(4)), m.group(1), m.group(3))
                            : date(year(m.group(4)), m.group(3), m.group(1)));
        }
        List<Candidate> scored = new ArrayList<>();
        for (Candidate c : found) {
            scored.add(new Candidate(c.date(), c.line(), c.start(), c.end(), score(text, c, lines, firstTextLine)));
        }
        return scored;
    }

    /** Day-first or month-first for {@code a/b/yyyy} dates in this document. */
    static SlashOrder slashOrder(TextLines text, String language) {
        String all = text.text();
        Matcher m = SLASHED.matcher(all);
        boolean dayFirstSeen = false;
        boolean monthFirstSeen = false;
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            dayFirstSeen |= a > 12 && b <= 12;
            monthFirstSeen |= b > 12 && a <= 12;
        }
        if (dayFirstSeen != monthFirstSeen) {
            return dayFirstSeen ? SlashOrder.DAY_FIRST : SlashOrder.MONTH_FIRST;
        }
        if (!"en".equals(language)) {
            return SlashOrder.DAY_FIRST;
        }
        int nonUs = count(NON_US_CUES, all) + 2 * count(UK_POSTCODE, all);
        int us = count(US_CUES, all) + 2 * count(US_STATE_ZIP, all);
        return nonUs > us ? SlashOrder.DAY_FIRST : SlashOrder.MONTH_FIRST;
    }

    private static double score(TextLines text, Candidate c, int lines, int firstTextLine) {
        String line = text.line(c.line());
        String before = line.substring(Math.max(0, c.start() - 45), c.start());
        String after = line.substring(c.end());
        double score = 0;
        String nearBefore = lastWords(before, 4);
        score += labelScore(nearBefore, 8, -9);
        if (RANGE_BEFORE.matcher(before).find()) {
            score -= 6;
        }
        if (before.isBlank() && after.isBlank()) {
            score += 2;
            int above = text.previousNonBlank(c.line());
            if (above >= 0 && c.line() - above <= 2) {
                String header = headerAbove(text, above, c.start(), c.end());
                if (!header.isEmpty()) {
                    score += labelScore(header, 7, -8);
                }
            }
        } else if (before.isBlank()) {
            String header = headerAbove(text, text.previousNonBlank(c.line()), c.start(), c.end());
            if (!header.isEmpty() && !AMOUNT_LIKE.matcher(after).find()) {
                score += labelScore(header, 7, -8);
            }
        }
        if (CITY_COMMA.matcher(before).matches()) {
            score += 10;
        }
        if (RANGE_AFTER.matcher(after).find()) {
            score -= 6;
        }
        if (before.isBlank() && AMOUNT_LIKE.matcher(after).find()) {
            score -= 5;
        }
        int position = c.line() - firstTextLine;
        if (position < 15 || c.line() < lines / 4) {
            score += 3;
        } else if (c.line() > lines * 0.8) {
            score -= 1;
        }
        return score - c.line() * 0.01;
    }

    /** The text of the segment in line {@code above} that sits over columns {@code [start, end)}. */
    private static String headerAbove(TextLines text, int above, int start, int end) {
        if (above < 0) {
            return "";
        }
        for (TextLines.Segment segment : text.segments(above)) {
            if (segment.start() < end + 2 && segment.end() > start - 2) {
                return segment.text();
            }
        }
        return "";
    }

    /** {@code positive} or {@code negative} by whichever label ends {@code text} more specifically (the longer match). */
    private static double labelScore(String text, double positive, double negative) {
        int pos = longestAtEnd(POSITIVE, text);
        int neg = longestAtEnd(NEGATIVE, text);
        return pos > neg ? positive : neg > pos ? negative : 0;
    }

    /** The length of the longest label occurrence that ends {@code text} (only punctuation after it), or 0. */
    private static int longestAtEnd(List<Label> labels, String text) {
        String trimmed = text.strip().replaceAll("[:\\s]+$", "");
        int longest = 0;
        if (trimmed.isEmpty()) {
            return 0;
        }
        for (Label label : labels) {
            Optional<Label.Match> m = label.find(trimmed);
            while (m.isPresent()) {
                String rest = trimmed.substring(m.get().end()).replaceAll("[\\s:./()#-]", "");
                if (rest.isEmpty()) {
                    longest = Math.max(longest, m.get().end() - m.get().start());
                }
                m = label.find(trimmed, m.get().start() + 1);
            }
        }
        return longest;
    }

    private static String lastWords(String text, int words) {
        String[] parts = text.strip().split("\\s+");
        int from = Math.max(0, parts.length - words);
        return String.join(" ", Arrays.copyOfRange(parts, from, parts.length));
    }

    private interface Reader {
        LocalDate read(Matcher m);
    }

    private static void collect(
            String line, Pattern pattern, int index, List<int[]> taken, List<Candidate> found, Reader reader) {
        Matcher m = pattern.matcher(line);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            if (taken.stream().anyMatch(t -> start < t[1] && end > t[0])) {
                continue;
            }
            LocalDate date = reader.read(m);
            if (date != null) {
                taken.add(new int[] {start, end});
                found.add(new Candidate(date, index, start, end, 0));
            }
        }
    }

    private static LocalDate monthDate(String year, String monthName, String day) {
        Integer month = month(monthName);
        return month == null ? null : date(year, Integer.toString(month), day);
    }

    static Integer month(String name) {
        String key = name.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        Integer month = MONTHS.get(key);
        if (month == null && key.length() > 3) {
            month = MONTHS.get(key.substring(0, 3));
            // an abbreviation's prefix is enough ("Sept", "Janu"), a different word is not ("Marktplatz")
            if (month != null && !fullNamesStartingWith(key)) {
                month = null;
            }
        }
        return month;
    }

    private static boolean fullNamesStartingWith(String key) {
        for (String name : MONTHS.keySet()) {
            if (name.length() > 3 && (name.startsWith(key) || key.startsWith(name))) {
                return true;
            }
        }
        return false;
    }

    private static String year(String value) {
        if (value.length() == 2) {
            int yy = Integer.parseInt(value);
            int pivot = LocalDate.now().getYear() % 100 + 10;
            return Integer.toString(yy <= pivot ? 2000 + yy : 1900 + yy);
        }
        return value;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > LocalDate.now().getYear() + 30) {
                return null;
            }
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static Map<String, Integer> monthNames() {
        Map<String, Integer> names = new HashMap<>();
        for (Locale locale : MONTH_LOCALES) {
            for (Month month : Month.values()) {
                for (TextStyle style : new TextStyle[] {
                    TextStyle.FULL, TextStyle.SHORT, TextStyle.FULL_STANDALONE, TextStyle.SHORT_STANDALONE
                }) {
                    String name = month.getDisplayName(style, locale)
                            .toLowerCase(locale)
                            .replaceAll("\\.$", "");
                    if (name.isEmpty() || Character.isDigit(name.charAt(0))) {
                        continue;
                    }
                    put(names, name, month.getValue());
                    put(names, name.replace("ä", "ae").replace("é", "e").replace("û", "u"), month.getValue());
                    put(names, name.replace("ä", "a").replace("é", "e").replace("û", "u"), month.getValue());
                    if (style == TextStyle.FULL && name.length() > 3) {
                        put(names, name.substring(0, 3).replace("ä", "a"), month.getValue());
                    }
                }
            }
        }
        put(names, "sept", 9);
        return Map.copyOf(names);
    }

    private static void put(Map<String, Integer> names, String name, int month) {
        names.putIfAbsent(name, month);
    }
}
