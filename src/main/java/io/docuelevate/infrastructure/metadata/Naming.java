package io.docuelevate.infrastructure.metadata;

import io.docuelevate.domain.document.Filenames;
import io.docuelevate.domain.metadata.DocumentClass;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles, tags and file names from what the extractor found. The title is the letter's subject line
 * when it has one (never an address line), else "class correspondent" in the document's language. The
 * file name is {@code YYYY-MM-DD_Class_Correspondent}, transliterated to ASCII (so every destination
 * accepts it) and passed through {@link Filenames#sanitize}. Tags are the class, up to two topics found
 * in the text, and the correspondent: at most four, none as generic as "document".
 */
final class Naming {

    private record Topic(Pattern pattern, String german, String english) {}

    private static final List<Topic> TOPICS = List.of(
            topic("strom\\w*|kwh|energie\\w*|electric\\w*|energy|gas(?:lieferung)?|power", "Energie", "Energy"),
            topic(
                    "mobilfunk\\w*|telefon\\w*|internet|dsl|mobile|telecom\\w*|tarif",
                    "Telekommunikation",
                    "Telecommunications"),
            topic("miet\\w*|wohnung|vermieter|rent|tenancy|letting", "Wohnen", "Housing"),
            topic("\\w*versicherung\\w*|insurance|policy|premium|claim", "Versicherung", "Insurance"),
            topic("\\w*steuer\\w*|finanzamt|tax|hmrc|revenue", "Steuern", "Tax"),
            topic(
                    "arzt|[äa]rztin|praxis|go[äa]|patient|medical|health|therapy|klinik|diagnose",
                    "Gesundheit",
                    "Health"),
            topic("kfz\\w*|fahrzeug\\w*|auto\\w*|pkw|vehicle|car|inspektion|kennzeichen", "Fahrzeug", "Vehicle"),
            topic("hotel|reise|urlaub|travel|flight|flug|zimmer", "Reise", "Travel"),
            topic("arbeitsvertrag|gehalt|lohn|arbeitgeber|employment|salary|employer|employed", "Arbeit", "Employment"),
            topic("girokonto|tagesgeld|kontoauszug|bank|credit union|current account|balance|saldo", "Bank", "Banking"),
            topic("schule|klasse|eltern|school|pupil", "Schule", "School"),
            topic("software|hosting|cloud|server|vps|backup|analytics", "IT", "IT Services"),
            topic("b[üu]ro\\w*|toner|kopierpapier|office supplies", "Bürobedarf", "Office Supplies"),
            topic("lebensmittel|supermarkt|milch|brot|grocer\\w*|food", "Lebensmittel", "Groceries"),
            topic("tankstelle|super e10|diesel|fuel|kraftstoff", "Tanken", "Fuel"),
            topic("garten|garden\\w*|pflanzen|plants?", "Garten", "Gardening"),
            topic("bibliothek|library|lesung|books?", "Bibliothek", "Library"),
            topic("bu[ßs]geld|ordnungswidrigkeit|penalty|fine", "Bußgeld", "Penalty"),
            topic("rente|rentenversicherung|pension", "Rente", "Pension"),
            topic("planning|bauantrag|baugenehmigung|extension", "Bauen", "Planning"),
            topic("übersetzung|translation", "Übersetzung", "Translation"),
            topic("maler\\w*|handwerk\\w*|renovierung|painting", "Handwerk", "Home Improvement"),
            topic("mitgliedschaft|membership|studio|fitness", "Mitgliedschaft", "Membership"),
            topic("café|cafe|coffee|restaurant|bakery", "Gastronomie", "Food & Drink"),
            topic("hardware|baumarkt|tools|paint", "Baumarkt", "Hardware"));

    private static final Pattern SALUTATION = Pattern.compile(
            "^(?:Sehr geehrte|Guten Tag|Liebe|Lieber|Hallo|Dear|Hello|To whom it may concern)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUBJECT_LABEL =
            Pattern.compile("^(?:Betreff|Betr\\.|Subject|Re|AW|Fwd?)\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NOT_A_SUBJECT = Pattern.compile(
            "^(?:Herrn?|Frau|Mr\\.?|Mrs\\.?|Ms\\.?|Datum|Date)(?:\\s|:|$)|\\d{5}\\s+\\p{Lu}|\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s\\d[A-Z]{2}\\b"
                    + "|(?:stra(?:ß|ss)e|str\\.|weg|allee|platz|street|road|lane|avenue)\\s+\\d+|^[\\p{L} .\\-/()]{2,40}:\\s*\\S|^\\W*$|^\\S*\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\S*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LABEL_LINE = Pattern.compile("^[\\p{L} .\\-/()]{2,40}:\\s*\\S");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+(?:[&'\\-][\\p{L}\\d]+)*");

    private Naming() {}

    /** The subject line of a letter: labelled ("Betreff:", "Re:"), else the line just above the salutation. */
    static Optional<String> subject(TextLines text) {
        List<Integer> lines = text.nonBlank();
        for (int k = 0; k < lines.size() && k < 40; k++) {
            String line = text.line(lines.get(k)).strip();
            Matcher labelled = SUBJECT_LABEL.matcher(line);
            if (labelled.matches()) {
                return acceptable(labelled.group(1));
            }
            if (SALUTATION.matcher(line).find()) {
                for (int j = k - 1; j >= 0 && j >= k - 3; j--) {
                    String candidate = text.firstSegment(lines.get(j)).strip();
                    if (!LABEL_LINE.matcher(candidate).find()) {
                        return acceptable(candidate);
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Optional<String> acceptable(String candidate) {
        String value = candidate.strip();
        if (value.length() < 4
                || value.length() > 100
                || NOT_A_SUBJECT.matcher(value).find()) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /** A human-readable title without addresses, in the document's language. */
    static String title(
            DocumentClass documentClass, String language, Optional<String> correspondent, Optional<String> subject) {
        if (subject.isPresent()) {
            return subject.get();
        }
        String label = documentClass.label(language);
        return correspondent.map(c -> label + " " + c).orElse(label);
    }

    /** {@code YYYY-MM-DD_Class_Correspondent} (date and correspondent when known), safe for any file system. */
    static String filename(
            Optional<LocalDate> date,
            DocumentClass documentClass,
            String language,
            Optional<String> correspondent,
            Optional<String> subject) {
        List<String> parts = new ArrayList<>();
        date.ifPresent(d -> parts.add(d.toString()));
        parts.add(documentClass.label(language));
        if (correspondent.isPresent()) {
            parts.add(correspondent.get());
        } else if (subject.isPresent()) {
            parts.add(firstWords(subject.get(), 6));
        }
        String joined = String.join(
                "_",
                parts.stream()
                        .map(Naming::ascii)
                        .map(Naming::words)
                        .filter(s -> !s.isEmpty())
                        .toList());
        return Filenames.sanitize(joined);
    }

    /** At most four tags: the class, up to two topics, the correspondent. */
    static List<String> tags(
            TextLines text, DocumentClass documentClass, String language, Optional<String> correspondent) {
        String lower = text.text().toLowerCase(Locale.ROOT);
        Map<Topic, Integer> hits = new LinkedHashMap<>();
        for (Topic topic : TOPICS) {
            Matcher m = topic.pattern().matcher(lower);
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count > 0) {
                hits.put(topic, count);
            }
        }
        Set<String> tags = new LinkedHashSet<>();
        if (documentClass != DocumentClass.OTHER) {
            tags.add(documentClass.label(language));
        }
        hits.entrySet().stream()
                .sorted(Map.Entry.<Topic, Integer>comparingByValue().reversed())
                .limit(2)
                .forEach(e -> tags.add(
                        "de".equals(language) ? e.getKey().german() : e.getKey().english()));
        correspondent.ifPresent(tags::add);
        return tags.stream().limit(4).toList();
    }

    /** ä → ae, ß → ss, other accents dropped: file names every destination accepts. */
    static String ascii(String value) {
        String german = value.replace("ä", "ae")
                .replace("ö", "oe")
                .replace("ü", "ue")
                .replace("Ä", "Ae")
                .replace("Ö", "Oe")
                .replace("Ü", "Ue")
                .replace("ß", "ss");
        return Normalizer.normalize(german, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    private static String words(String value) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(value.replace("&", " and "));
        while (m.find()) {
            words.add(m.group().replace("'", ""));
        }
        return String.join("_", words).replaceAll("[^A-Za-z0-9_\\-]", "");
    }

    private static String firstWords(String value, int count) {
        String[] words = value.split("\\s+");
        return String.join(" ", Arrays.copyOf(words, Math.min(count, words.length)));
    }

    private static Topic topic(String regex, String german, String english) {
        return new Topic(
                Pattern.compile("(?<![\\p{L}])(?:" + regex + ")(?![\\p{L}])", Pattern.UNICODE_CASE), german, english);
    }
}
