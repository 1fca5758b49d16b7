import io.docuelevate.domain.search.SearchDocument;
import io.docuelevate.domain.search.SearchQuery;
import io.docuelevate.domain.search.SearchQuery.Filters;
import io.docuelevate.domain.search.SearchQuery.SortBy;
import io.docuelevate.domain.search.SearchQuery.SortOrder;
import io.docuelevate.domain.search.SearchQuery.Visibility;
import io.docuelevate.infrastructure.search.lucene.LuceneSearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.FSDirectory;

/**
 * Search benchmark on the embedded Lucene adapter, without a server: generates N realistic documents
 * (2–4 pages of German or English business text each, deterministic seed), indexes them through
 * {@link LuceneSearchIndex#indexAll} from several threads, then runs a fixed mix of queries (single words
 * of every frequency, two-word queries, phrases, prefixes, filters, sorted) from several threads. Every
 * query goes through the full search path: parsing, filters, owner restriction, facets, highlighting.
 * The same mix also runs as bare Lucene queries (the text alone on one field, top 20, nothing else) on the
 * same index, as the baseline the figures are reported against. Prints indexing throughput, both runs'
 * latency percentiles, their ratios and the targets of bench/README.md.
 *
 * <pre>bench/search/run.sh [--docs 100000] [--threads 4] [--queries 20000] [--dir /tmp/search-bench]</pre>
 */
public class SearchBenchmark {

    static final double TARGET_P95_MS = 25;
    static final double TARGET_P99_MS = 60;
    static final double TARGET_DOCS_PER_SECOND = 500;

    /** General German words, most frequent first (function words, then everyday and office words). */
    static final String[] DE = words("""
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat
            dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis
            mehr durch man sein wurde sei hier Ihnen Ihre Sie bitte wir unser unsere Datum Monat Jahr Kunde Kundennummer
            Telefon Ansprechpartner Anlage Unterlagen mitteilen erhalten gemäß bezüglich hiermit beigefügt entnehmen
            freundlichen Grüßen geehrte Damen Herren Woche Tag heute morgen Straße Hausnummer Postleitzahl Ort Deutschland
            Haus Wohnung Auto Arbeit Familie Kinder Schule Stadt Gemeinde Zeit Frage Antwort Information Hinweis Seite
            gerne weitere folgende neue neuen alten letzten nächsten ersten bereits jedoch sowie daher somit insbesondere""");
    /** General English words, most frequent first. */
    static final String[] EN = words("""
            the of and to a in is you that it for on are with as be this was have at or by from your not we an
            will can all our please us if has may any which their there been would more also these other into
            date month year customer number phone contact enclosed documents inform received according regarding
            hereby attached find sincerely regards dear sir madam week day today tomorrow street postcode town
            house flat car work family children school city council time question answer information note page
            further following new recent last next first already however well therefore particular""");
    /** Topic words per document type (German, English): a document uses its type's topic. */
    static final String[][][] TOPICS = {
            {words("""
                    Rechnung Rechnungsnummer Betrag Gesamtbetrag Mehrwertsteuer Zahlungsziel Netto Brutto Position
                    Artikel Menge Einzelpreis Skonto Überweisung Zahlung Leistung Leistungszeitraum Lieferung Rabatt
                    Strom Gas Wasser Abschlag Verbrauch Zählerstand Hosting Reparatur Material Arbeitszeit"""),
             words("""
                    invoice amount total tax vat net gross payment due item quantity unit price discount transfer
                    service delivery period electricity gas water meter reading usage hosting repair labour parts""")},
            {words("""
                    Schreiben Anfrage Termin Antwort Anliegen Rückmeldung Angelegenheit Bestätigung Information
                    Einladung Veranstaltung Mitglied Verein Nachbar Vermieter Mieter Hausverwaltung Schule Eltern"""),
             words("""
                    letter request appointment reply matter confirmation invitation event member club neighbour
                    landlord tenant management school parents reference employer""")},
            {words("""
                    Kontoauszug Saldo Buchung Umsatz Lastschrift Gutschrift Kontostand Zinsen Dispo Girokonto
                    Tagesgeld Kreditkarte Abbuchung Einzahlung Auszahlung IBAN BIC Bank Sparkasse Volksbank"""),
             words("""
                    statement balance transaction debit credit interest overdraft current savings card withdrawal
                    deposit sort code account bank opening closing fee""")},
            {words("""
                    Vertrag Vertragslaufzeit Kündigung Kündigungsfrist Laufzeit Vertragspartner Vereinbarung Paragraph
                    Klausel Unterschrift Verlängerung Tarif Grundgebühr Mobilfunk Internet Versicherung Police Beitrag
                    Mietvertrag Arbeitsvertrag Gehalt Probezeit Urlaub"""),
             words("""
                    contract term termination notice period party agreement clause signature renewal tariff fee
                    mobile broadband insurance policy premium lease employment salary probation holiday""")},
            {words("""
                    Quittung Kasse Bon Summe bar Karte Einkauf Filiale Markt Tankstelle Kraftstoff Liter Artikel
                    Pfand Rückgeld Kassenbon Beleg"""),
             words("""
                    receipt till total cash card purchase store shop fuel litre item change thank visit""")},
            {words("""
                    Bescheid Aktenzeichen Widerspruch Frist Behörde Festsetzung Finanzamt Steuer Steuerbescheid
                    Rentenversicherung Rente Bußgeld Verwarnung Kraftfahrzeugsteuer Anhörung Rechtsbehelf"""),
             words("""
                    notice reference appeal deadline authority assessment tax return pension penalty fine hearing
                    council planning permission decision""")},
            {words("""
                    Angebot Neuigkeiten Veranstaltung abonnieren Newsletter Aktion Rabattcode Garten Bibliothek
                    Programm Kurs Anmeldung"""),
             words("""
                    offer news event subscribe newsletter sale code garden library programme course registration""")}};
    static final String[] TYPES = {"Invoice", "Letter", "Statement", "Contract", "Receipt", "Notice", "Newsletter"};
    static final double[] TYPE_SHARE = {0.30, 0.20, 0.15, 0.12, 0.10, 0.08, 0.05};
    /** Invented words for the long tail of rare words every archive has (names, compounds, codes). */
    static final String[] TAIL = tail(20_000);

    static final String[] COMPANIES = words("""
            Stadtwerke Telekom Vodafone Allianz AOK Sparkasse Volksbank Amazon Zalando IKEA Lidl Aldi Rewe Edeka
            DeutscheBahn Lufthansa Finanzamt Rentenversicherung Techniker Barmer HUK Ergo Generali Vattenfall EnBW
            EON Brightline Thamesbank Paylane Northwind Contoso Fabrikam Initech Globex Umbrella Hooli Acme""");
    static final String[] TAGS = words("""
            Strom Gas Wasser Miete Versicherung Steuer Bank Gehalt Auto Gesundheit Internet Mobilfunk Reise Einkauf
            Energie Wohnung Rente Kredit Garantie Abo electricity insurance tax bank salary car health travel shopping
            mortgage pension utilities broadband subscription refund warranty""");
    static final String[] DE_PHRASES = {"Bitte überweisen Sie den Betrag", "mit freundlichen Grüßen",
            "Sehr geehrte Damen und Herren", "den Betrag bis zum Fälligkeitsdatum", "Ihre Kundennummer lautet"};
    static final String[] EN_PHRASES = {"please pay the amount", "kind regards", "Dear Sir or Madam",
            "the total amount due", "your customer number is"};

    public static void main(String[] args) throws Exception {
        int docs = intArg(args, "--docs", 100_000);
        int threads = intArg(args, "--threads", 4);
        int queries = intArg(args, "--queries", 20_000);
        Path dir = Path.of(stringArg(args, "--dir", "/tmp/search-bench"));
        deleteRecursively(dir);
        System.out.printf(Locale.ROOT, "Search benchmark: %,d documents, %d threads, %,d queries, index in %s, %d cores,"
                + " max heap %d MB%n", docs, threads, queries, dir, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 1024 / 1024);

        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            long textBytes = index(index, docs, Math.min(threads, Runtime.getRuntime().availableProcessors()));
            System.out.printf(Locale.ROOT, "Generated text: %,d MB; indexed documents: %,d%n", textBytes / 1024 / 1024,
                    index.count());
        }
        System.out.printf(Locale.ROOT, "Index on disk after the final commit: %,d MB%n", size(dir) / 1024 / 1024);
        List<SearchQuery> mix = mix();
        Latencies baseline;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            CharArraySet stopWords = new CharArraySet(GermanAnalyzer.getDefaultStopSet(), false);
            stopWords.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            QueryParser parser = new QueryParser("content", new GermanAnalyzer(stopWords));
            parser.setDefaultOperator(QueryParser.Operator.AND);
            List<Query> bare = new ArrayList<>();
            for (SearchQuery query : mix) {
                bare.add(parser.parse(query.text()));
            }
            baseline = run("Baseline (bare Lucene: the same text on the content field by its German stems, top 20 by score; no filters,"
                    + " facets, highlights or stored fields)", threads, queries, mix.size(),
                    i -> searcher.search(bare.get(i), 20).totalHits.value);
        }
        try (LuceneSearchIndex index = new LuceneSearchIndex(dir)) {
            Latencies ours = run("DocuElevate search (LuceneSearchIndex.search: parsing, both stems, filters, owner,"
                    + " facets over all matches, highlights, stored fields)", threads, queries, mix.size(),
                    i -> index.search(mix.get(i)).total());
            System.out.printf(Locale.ROOT, "Ratio to the baseline: p50 %.1fx, p95 %.1fx, p99 %.1fx%n",
                    ours.p50() / baseline.p50(), ours.p95() / baseline.p95(), ours.p99() / baseline.p99());
            System.out.printf(Locale.ROOT, "Targets: p95 %.1f ms (≤ %.0f: %s), p99 %.1f ms (≤ %.0f: %s)%n", ours.p95(),
                    TARGET_P95_MS, ours.p95() <= TARGET_P95_MS ? "met" : "MISSED", ours.p99(), TARGET_P99_MS,
                    ours.p99() <= TARGET_P99_MS ? "met" : "MISSED");
            perShape(index, mix);
        }
    }

    /** Latency percentiles of one run, in milliseconds. */
    record Latencies(double p50, double p95, double p99) {
    }

    /** One query of the mix by its index, answering the number of matches. */
    interface Shape {
        long run(int index) throws Exception;
    }

    static long index(LuceneSearchIndex index, int docs, int threads) throws Exception {
        int batch = 500;
        AtomicLong next = new AtomicLong(1);
        AtomicLong bytes = new AtomicLong();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                List<SearchDocument> pending = new ArrayList<>(batch);
                for (long id = next.getAndIncrement(); id <= docs; id = next.getAndIncrement()) {
                    SearchDocument document = generate(id);
                    bytes.addAndGet(document.text().length());
                    pending.add(document);
                    if (pending.size() == batch) {
                        index.indexAll(pending);
                        pending = new ArrayList<>(batch);
                    }
                    if (id % 10_000 == 0) {
                        System.out.printf(Locale.ROOT, "  %,d documents after %.0f s%n", id,
                                (System.nanoTime() - started) / 1e9);
                    }
                }
                index.indexAll(pending);
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = docs / seconds;
        System.out.printf(Locale.ROOT, "Indexing: %,d documents in %.1f s = %,.0f documents/s (target ≥ %.0f: %s)%n",
                docs, seconds, rate, TARGET_DOCS_PER_SECOND, rate >= TARGET_DOCS_PER_SECOND ? "met" : "MISSED");
        return bytes.get();
    }

    /** Runs {@code total} queries of the mix from {@code threads} threads after a warm-up; prints and answers the percentiles. */
    static Latencies run(String label, int threads, int total, int shapes, Shape shape) throws Exception {
        for (int i = 0; i < Math.min(2_000, total); i++) {
            shape.run(i % shapes);
        }
        long[] latencies = new long[total];
        AtomicLong next = new AtomicLong();
        AtomicLong hits = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long started = System.nanoTime();
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    long matches = shape.run((int) (i % shapes));
                    latencies[(int) i] = System.nanoTime() - begin;
                    hits.addAndGet(matches);
                }
                return null;
            }));
        }
        for (Future<?> future : work) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Arrays.sort(latencies);
        Latencies result = new Latencies(ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99));
        System.out.println(label + ":");
        System.out.printf(Locale.ROOT, "  %,d queries in %.1f s = %,.0f queries/s from %d threads; %d query shapes;"
                + " mean matches %,d%n", total, seconds, total / seconds, threads, shapes, hits.get() / total);
        System.out.printf(Locale.ROOT, "  latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", result.p50(),
                result.p95(), result.p99(), latencies[latencies.length - 1] / 1e6);
        return result;
    }

    /** Median latency of each query shape, single-threaded, to show which shapes cost most. */
    static void perShape(LuceneSearchIndex index, List<SearchQuery> mix) {
        System.out.println("Per query (median of 15 runs, one thread):");
        for (SearchQuery query : mix) {
            long[] runs = new long[15];
            long matches = 0;
            for (int i = 0; i < runs.length; i++) {
                long begin = System.nanoTime();
                matches = index.search(query).total();
                runs[i] = System.nanoTime() - begin;
            }
            Arrays.sort(runs);
            System.out.printf(Locale.ROOT, "  %7.2f ms %,8d matches  %s%n", runs[runs.length / 2] / 1e6, matches,
                    describe(query));
        }
    }

    /** The fixed query mix: words of every frequency, two words, phrases, prefixes, filters, sorts. */
    static List<SearchQuery> mix() {
        List<SearchQuery> mix = new ArrayList<>();
        for (String word : List.of("Rechnung", "Rechnungen", "invoice", "invoices", "Betrag", "payment", "Vertrag",
                "contracts", "Kontoauszug", "statement", "Kündigung", "Zählerstand", "Quittung", "Widerspruch", "appeal",
                "Stadtwerke", "Telekom", "Hooli", "information", "Bibliothek", TAIL[40], TAIL[900], TAIL[15_000])) {
            mix.add(query(word, Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC));
        }
        for (String words : List.of("Rechnung Strom", "invoice electricity", "Vertrag Kündigung Frist",
                "insurance premium policy", "Kontoauszug Lastschrift Zinsen", "Telekom Internet Tarif",
                "Bescheid Finanzamt " + TAIL[120])) {
            mix.add(query(words, Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC));
        }
        for (String phrase : List.of("\"Bitte überweisen Sie den Betrag\"", "\"the total amount due\"",
                "\"Ihre Kundennummer lautet\"", "\"kind regards\"")) {
            mix.add(query(phrase, Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC));
        }
        mix.add(query("Rechn*", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC));
        mix.add(query("insur*", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC));
        mix.add(query("Rechnung", new Filters(null, "Invoice", null, List.of(), null, null, null, null, null),
                SortBy.RELEVANCE, SortOrder.DESC));
        mix.add(query("payment", new Filters("application/pdf", null, "en", List.of("bank"), null, null, null, null, null),
                SortBy.RELEVANCE, SortOrder.DESC));
        mix.add(query("Betrag", new Filters(null, null, "de", List.of(), null, SearchQuery.TextQuality.HIGH,
                Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2025-06-30T00:00:00Z"), null), SortBy.RELEVANCE,
                SortOrder.DESC));
        mix.add(query("Strom", new Filters(null, null, null, List.of("Energie"), "Stadtwerke", null, null, null, null),
                SortBy.RELEVANCE, SortOrder.DESC));
        mix.add(query("Rechnung", Filters.NONE, SortBy.CREATED_AT, SortOrder.DESC));
        mix.add(query("invoice", Filters.NONE, SortBy.FILE_SIZE, SortOrder.ASC));
        mix.add(query("Vertrag", Filters.NONE, SortBy.CONFIDENCE_SCORE, SortOrder.DESC));
        mix.add(new SearchQuery("Zahlung", Filters.NONE, SortBy.CREATED_AT, SortOrder.DESC, 5, 20, Visibility.all()));
        mix.add(new SearchQuery("balance", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC, 1, 100, Visibility.all()));
        mix.add(new SearchQuery("Rechnung", Filters.NONE, SortBy.RELEVANCE, SortOrder.DESC, 1, 20,
                Visibility.ownedBy("user-7")));
        return mix;
    }

    static SearchQuery query(String text, Filters filters, SortBy sort, SortOrder order) {
        return new SearchQuery(text, filters, sort, order, 1, 20, Visibility.all());
    }

    static String describe(SearchQuery q) {
        StringBuilder s = new StringBuilder("q=" + q.text());
        if (!q.filters().equals(Filters.NONE)) {
            s.append(" filters");
        }
        if (q.sortBy() != SortBy.RELEVANCE) {
            s.append(" sort=").append(q.sortBy().parameter()).append(':').append(q.sortOrder().parameter());
        }
        if (q.page() != 1 || q.perPage() != 20) {
            s.append(" page=").append(q.page()).append(" per_page=").append(q.perPage());
        }
        q.visibility().owner().ifPresent(owner -> s.append(" owner=").append(owner));
        return s.toString();
    }

    /** Document {@code id}: deterministic from the id, so every run indexes the same corpus. */
    static SearchDocument generate(long id) {
        Random random = new Random(42L * 1_000_003L + id);
        boolean german = random.nextDouble() < 0.6;
        String[] general = german ? DE : EN;
        String[] phrases = german ? DE_PHRASES : EN_PHRASES;
        int typeIndex = pick(random, TYPE_SHARE);
        String[] topic = TOPICS[typeIndex][german ? 0 : 1];
        String company = COMPANIES[zipf(random, COMPANIES.length)];
        int pages = 2 + random.nextInt(3);
        StringBuilder text = new StringBuilder(pages * 2600);
        text.append(company).append(' ').append(german ? "GmbH" : "Ltd").append('\n');
        for (int page = 0; page < pages; page++) {
            int words = 300 + random.nextInt(150);
            int written = 0;
            while (written < words) {
                int sentence = 6 + random.nextInt(14);
                for (int w = 0; w < sentence; w++) {
                    double kind = random.nextDouble();
                    String word = kind < 0.04 ? number(random, german)
                            : kind < 0.26 ? topic[zipf(random, topic.length)]
                            : kind < 0.36 ? TAIL[zipf(random, TAIL.length)]
                            : general[zipf(random, general.length)];
                    text.append(w == 0 ? capitalize(word) : word).append(' ');
                }
                if (random.nextInt(12) == 0) {
                    text.append(phrases[random.nextInt(phrases.length)]).append(' ');
                }
                text.setLength(text.length() - 1);
                text.append(random.nextInt(6) == 0 ? ".\n" : ". ");
                written += sentence;
            }
            text.append("\f");
        }
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            String tag = TAGS[zipf(random, TAGS.length)];
            if (!tags.contains(tag)) {
                tags.add(tag);
            }
        }
        String mime = random.nextInt(10) == 0 ? (random.nextBoolean() ? "image/png" : "image/jpeg") : "application/pdf";
        Instant created = Instant.parse("2024-01-01T00:00:00Z").plusSeconds(random.nextInt(3 * 365 * 86_400));
        String title = capitalize(topic[zipf(random, topic.length)]) + " " + company + " " + (1000 + id % 9000);
        return new SearchDocument(id, "user-" + (id % 10), random.nextInt(20) == 0, "scan_" + id + ".pdf", title,
                TYPES[typeIndex], tags, company, german ? "Max Mustermann" : "Jane Doe", company, german ? "de" : "en",
                "R-" + id, mime, 20_000 + random.nextInt(2_000_000), random.nextInt(5) == 0 ? null : random.nextInt(101),
                created, text.toString());
    }

    static int pick(Random random, double[] shares) {
        double r = random.nextDouble();
        for (int i = 0; i < shares.length; i++) {
            r -= shares[i];
            if (r < 0) {
                return i;
            }
        }
        return shares.length - 1;
    }

    /** {@code count} pronounceable invented words from a fixed seed. */
    static String[] tail(int count) {
        String[] onsets = {"b", "br", "d", "f", "g", "gr", "h", "k", "kl", "l", "m", "n", "p", "pf", "r", "s", "sch", "st",
                "t", "tr", "v", "w", "z"};
        String[] vowels = {"a", "e", "i", "o", "u", "ei", "au", "ie", "ä", "ö", "ü"};
        String[] codas = {"", "n", "r", "l", "s", "t", "ng", "ck", "rt", "nd"};
        Random random = new Random(7);
        String[] words = new String[count];
        for (int i = 0; i < count; i++) {
            StringBuilder word = new StringBuilder();
            for (int syllables = 2 + random.nextInt(3); syllables > 0; syllables--) {
                word.append(onsets[random.nextInt(onsets.length)]).append(vowels[random.nextInt(vowels.length)])
                        .append(codas[random.nextInt(codas.length)]);
            }
            words[i] = word.toString();
        }
        return words;
    }

    /** Index into a vocabulary with a Zipf-like distribution (word i about 1/(i+1) as frequent as word 0). */
    static int zipf(Random random, int size) {
        double harmonic = Math.log(size) + 0.5772;
        double target = random.nextDouble() * harmonic;
        int index = (int) Math.exp(target - 0.5772) - 1;
        return Math.max(0, Math.min(size - 1, index));
    }

    static String number(Random random, boolean german) {
        return switch (random.nextInt(3)) {
            case 0 -> String.format(Locale.ROOT, german ? "%d,%02d EUR" : "%d.%02d GBP", random.nextInt(5000),
                    random.nextInt(100));
            case 1 -> String.format(Locale.ROOT, german ? "%02d.%02d.2025" : "%02d/%02d/2025", 1 + random.nextInt(28),
                    1 + random.nextInt(12));
            default -> Integer.toString(random.nextInt(1_000_000));
        };
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String[] words(String block) {
        return Arrays.stream(block.split("\\s+")).filter(w -> !w.isBlank()).toArray(String[]::new);
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }

    static int intArg(String[] args, String name, int fallback) {
        String value = stringArg(args, name, null);
        return value == null ? fallback : Integer.parseInt(value.replace("_", ""));
    }

    static String stringArg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
