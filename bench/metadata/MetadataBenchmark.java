import io.docuelevate.application.metadata.MetadataJson;
import io.docuelevate.domain.metadata.DocumentClass;
import io.docuelevate.domain.metadata.DocumentMetadata;
import io.docuelevate.domain.metadata.Kommunikationsart;
import io.docuelevate.domain.metadata.MonetaryAmount;
import io.docuelevate.infrastructure.metadata.RuleBasedMetadataExtractor;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Field-level accuracy of metadata extraction on the labelled set in bench/metadata/docs (see README.md).
 *
 * <pre>
 * --offline                  the texts straight through RuleBasedMetadataExtractor (fast iteration)
 * --offline-pdf DIR          the generated PDFs read as the pipeline reads them (PdfBoxTextReader for the digital ones,
 *                            the tesseract command at 300 dpi for the scans), then RuleBasedMetadataExtractor; no server
 * --server URL [--pdf DIR]   upload the generated PDFs (digital and scanned) to a running server's pipeline
 *                            (POST /api/ui-upload, poll GET /api/files/{id}) and read ai_metadata
 * --dump DIR                 with --offline-pdf: also write the OCR text of each scan there
 * --token TOKEN              Bearer token for a server with authentication on
 * --verbose                  print every mismatch
 * </pre>
 */
public class MetadataBenchmark {

    static final List<String> FIELDS = List.of("date", "total_amount", "reference_number", "document_type", "language", "correspondent");
    static final Map<String, Double> TARGETS = Map.of("date", 95.0, "total_amount", 95.0, "reference_number", 95.0, "document_type", 90.0,
            "language", 90.0, "correspondent", 85.0);
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    record Expected(String name, Path text, JsonObject fields) {
        boolean scanned() {
            return fields.getBoolean("scanned", false);
        }
    }

    /** What an engine answered, reduced to the benchmarked fields. */
    record Answer(String date, String totalAmount, String currency, String reference, String documentClass, String language,
            String correspondent) {
    }

    public static void main(String[] args) throws Exception {
        Path docs = Path.of(option(args, "--docs", "bench/metadata/docs"));
        boolean verbose = List.of(args).contains("--verbose");
        List<Expected> set = load(docs);
        if (List.of(args).contains("--offline")) {
            RuleBasedMetadataExtractor extractor = new RuleBasedMetadataExtractor();
            Map<String, Answer> answers = new LinkedHashMap<>();
            long start = System.nanoTime();
            for (Expected doc : set) {
                answers.put(doc.name(), answer(extractor.extract(Files.readString(doc.text()), doc.name() + ".pdf")));
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            report("offline, rule-based, digital text (" + set.size() + " documents, " + millis + " ms incl. model load)", set, answers, verbose);
            return;
        }
        String offlinePdf = option(args, "--offline-pdf", null);
        String dump = option(args, "--dump", null);
        if (offlinePdf != null) {
            RuleBasedMetadataExtractor extractor = new RuleBasedMetadataExtractor();
            io.docuelevate.infrastructure.pdf.PdfBoxTextReader reader = new io.docuelevate.infrastructure.pdf.PdfBoxTextReader();
            Map<String, Answer> digital = new LinkedHashMap<>();
            for (Expected doc : set) {
                String text = reader.extractText(Path.of(offlinePdf, doc.name() + ".pdf"));
                digital.put(doc.name(), answer(extractor.extract(text, doc.name() + ".pdf")));
            }
            report("offline, rule-based, text layer of the digital PDFs (PdfBoxTextReader, " + set.size() + " documents)", set, digital, verbose);
            List<Expected> scans = set.stream().filter(Expected::scanned).toList();
            Map<String, Answer> scanned = new LinkedHashMap<>();
            for (Expected doc : scans) {
                String text = ocr(Path.of(offlinePdf, doc.name() + "-scan.pdf"));
                if (dump != null) {
                    Files.writeString(Files.createDirectories(Path.of(dump)).resolve(doc.name() + "-scan.txt"), text);
                }
                scanned.put(doc.name(), answer(extractor.extract(text, doc.name() + "-scan.pdf")));
            }
            report("offline, rule-based, tesseract (eng+deu, 300 dpi) on the scanned PDFs (" + scans.size() + " documents)", scans, scanned, verbose);
            return;
        }
        String server = option(args, "--server", null);
        if (server == null) {
            System.err.println("usage: MetadataBenchmark --offline | --server URL [--pdf DIR] [--token TOKEN] [--verbose]");
            System.exit(2);
        }
        Path pdfs = Path.of(option(args, "--pdf", "target/bench-metadata/pdf"));
        String token = option(args, "--token", null);
        for (String variant : List.of("digital", "scanned")) {
            List<Expected> subset = set.stream().filter(d -> variant.equals("digital") || d.scanned()).toList();
            Map<String, Long> ids = new LinkedHashMap<>();
            for (Expected doc : subset) {
                Path pdf = pdfs.resolve(doc.name() + (variant.equals("scanned") ? "-scan" : "") + ".pdf");
                ids.put(doc.name(), upload(server, pdf, token));
            }
            Map<String, Answer> answers = new LinkedHashMap<>();
            for (Map.Entry<String, Long> entry : ids.entrySet()) {
                answers.put(entry.getKey(), awaitMetadata(server, entry.getValue(), token));
            }
            report("pipeline " + server + ", " + variant + " PDFs (" + subset.size() + " documents)", subset, answers, verbose);
        }
    }

    /** The scan's pages rendered at 300 dpi and read by the tesseract command (eng+deu), pages joined by form feeds. */
    static String ocr(Path pdf) throws Exception {
        StringBuilder text = new StringBuilder();
        Path dir = Files.createTempDirectory("bench-ocr");
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                Path png = dir.resolve("page-" + i + ".png");
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(i, 300, org.apache.pdfbox.rendering.ImageType.GRAY), "png", png.toFile());
                ProcessBuilder builder = new ProcessBuilder("tesseract", png.toString(), "stdout", "-l", "eng+deu").redirectErrorStream(false);
                builder.environment().put("OMP_THREAD_LIMIT", "1");
                Process process = builder.start();
                String page = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.getErrorStream().readAllBytes();
                if (process.waitFor() != 0) {
                    throw new IllegalStateException("tesseract failed on " + pdf.getFileName());
                }
                text.append(page).append('\f');
                Files.delete(png);
            }
        } finally {
            Files.deleteIfExists(dir);
        }
        return text.toString();
    }

    static List<Expected> load(Path docs) throws IOException {
        List<Expected> set = new ArrayList<>();
        try (Stream<Path> files = Files.list(docs)) {
            for (Path text : files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList()) {
                String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
                Path expected = docs.resolve(name + ".expected.json");
                try (JsonReader reader = Json.createReader(new StringReader(Files.readString(expected)))) {
                    set.add(new Expected(name, text, reader.readObject()));
                }
            }
        }
        return set;
    }

    static Answer answer(DocumentMetadata metadata) {
        Optional<MonetaryAmount> total = metadata.totalAmount();
        return new Answer(metadata.documentDate().map(Object::toString).orElse(null),
                total.map(t -> t.amount().toPlainString()).orElse(null), total.map(MonetaryAmount::currency).orElse(null),
                metadata.referenceNumber(), documentClass(metadata), metadata.language(), metadata.correspondent());
    }

    /** The class an answer names: its document_type, else its kommunikationsart. */
    static String documentClass(DocumentMetadata metadata) {
        Optional<DocumentClass> byType = DocumentClass.classify(metadata.documentType());
        if (byType.isEmpty()) {
            byType = DocumentClass.classify(metadata.kommunikationsart().name());
        }
        if (byType.isEmpty() && (metadata.kommunikationsart() == Kommunikationsart.Privater_Brief
                || metadata.kommunikationsart() == Kommunikationsart.Gewerbliche_Korrespondenz)) {
            byType = Optional.of(DocumentClass.LETTER);
        }
        return byType.map(c -> c.name().toLowerCase(Locale.ROOT)).orElse("other");
    }

    static void report(String title, List<Expected> set, Map<String, Answer> answers, boolean verbose) {
        Map<String, Integer> correct = new LinkedHashMap<>();
        FIELDS.forEach(f -> correct.put(f, 0));
        List<String> misses = new ArrayList<>();
        for (Expected doc : set) {
            Answer a = answers.get(doc.name());
            JsonObject e = doc.fields();
            check(correct, misses, doc.name(), "date", text(e, "date"), a.date(), MetadataBenchmark::same);
            check(correct, misses, doc.name(), "total_amount", money(text(e, "total_amount"), text(e, "currency")),
                    money(a.totalAmount(), a.currency()), MetadataBenchmark::same);
            check(correct, misses, doc.name(), "reference_number", text(e, "reference_number"), a.reference(), MetadataBenchmark::sameReference);
            check(correct, misses, doc.name(), "document_type", text(e, "document_type"), a.documentClass(), MetadataBenchmark::same);
            check(correct, misses, doc.name(), "language", text(e, "language"), a.language(), MetadataBenchmark::same);
            check(correct, misses, doc.name(), "correspondent", text(e, "correspondent"), a.correspondent(), MetadataBenchmark::sameParty);
        }
        System.out.println("## " + title);
        System.out.println();
        System.out.println("| field | correct | accuracy | target | |");
        System.out.println("|---|---|---|---|---|");
        boolean all = true;
        for (String field : FIELDS) {
            double accuracy = 100.0 * correct.get(field) / set.size();
            boolean met = accuracy >= TARGETS.get(field);
            all &= met;
            System.out.printf(Locale.ROOT, "| %s | %d/%d | %.1f %% | ≥ %.0f %% | %s |%n", field, correct.get(field), set.size(), accuracy,
                    TARGETS.get(field), met ? "met" : "MISSED");
        }
        System.out.println();
        System.out.println(all ? "All targets met." : "Some targets missed.");
        if (verbose && !misses.isEmpty()) {
            System.out.println();
            misses.forEach(System.out::println);
        }
        System.out.println();
    }

    interface Comparison {
        boolean test(String expected, String actual);
    }

    static void check(Map<String, Integer> correct, List<String> misses, String doc, String field, String expected, String actual,
            Comparison comparison) {
        String e = blankToNull(expected);
        String a = blankToNull(actual);
        boolean ok = e == null ? a == null : a != null && comparison.test(e, a);
        if (ok) {
            correct.merge(field, 1, Integer::sum);
        } else {
            misses.add(String.format(Locale.ROOT, "%-32s %-16s expected %-28s got %s", doc, field, e, a));
        }
    }

    static boolean same(String expected, String actual) {
        return expected.equalsIgnoreCase(actual);
    }

    static boolean sameReference(String expected, String actual) {
        return expected.replace(" ", "").equalsIgnoreCase(actual.replace(" ", ""));
    }

    /** Names compared without case, accents, punctuation, legal forms and academic titles. */
    static boolean sameParty(String expected, String actual) {
        return party(expected).equals(party(actual));
    }

    static String party(String name) {
        String value = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        value = value.replaceAll("\\b(gmbh & co\\.? kg|ggmbh|gmbh|ag|kg|ohg|e\\.k\\.|se|inc\\.?|llc|ltd\\.?|limited|plc|corp\\.?|co\\.|s\\.a r\\.l\\.|dr\\.?|med\\.|prof\\.?)(?=\\s|$)", " ");
        value = value.replace("&", " and ").replaceAll("[^a-z0-9]+", " ").strip();
        return value;
    }

    static String money(String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            return null;
        }
        return new BigDecimal(amount).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + (currency == null ? "?" : currency);
    }

    static String text(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value instanceof JsonString s ? s.getString() : null;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() || value.equals(DocumentMetadata.UNKNOWN) ? null : value;
    }

    static final Pattern FILE_ID = Pattern.compile("\"file_id\"\\s*:\\s*(\\d+)");

    static long upload(String base, Path pdf, String token) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + pdf.getFileName()
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/ui-upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(pdf), tail)));
        authorize(request, token);
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = FILE_ID.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("upload of " + pdf.getFileName() + " failed: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    /** Polls the file's detail until its processing is completed (or failed), then reads ai_metadata. */
    static Answer awaitMetadata(String base, long id, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (System.nanoTime() < deadline) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/api/files/" + id));
            authorize(request, token);
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                JsonObject detail;
                try (JsonReader reader = Json.createReader(new StringReader(response.body()))) {
                    detail = reader.readObject();
                }
                String status = status(detail);
                if ("completed".equals(status) || "failed".equals(status)) {
                    return fromDetail(detail);
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("file " + id + " did not complete within 15 minutes");
    }

    static String status(JsonObject detail) {
        JsonValue processing = detail.get("processing_status");
        if (processing instanceof JsonObject p && p.get("status") instanceof JsonString s) {
            return s.getString();
        }
        JsonValue file = detail.get("file");
        if (file instanceof JsonObject f && f.get("processing_status") instanceof JsonObject p && p.get("status") instanceof JsonString s) {
            return s.getString();
        }
        return null;
    }

    /** ai_metadata may be a JSON object or a JSON string, at the top level or under "file". */
    static Answer fromDetail(JsonObject detail) {
        JsonValue raw = detail.containsKey("ai_metadata") ? detail.get("ai_metadata")
                : detail.get("file") instanceof JsonObject f ? f.get("ai_metadata") : null;
        JsonObject metadata = null;
        if (raw instanceof JsonObject o) {
            metadata = o;
        } else if (raw instanceof JsonString s && !s.getString().isBlank()) {
            try (JsonReader reader = Json.createReader(new StringReader(s.getString()))) {
                metadata = reader.readObject();
            }
        }
        if (metadata == null || DocumentMetadata.FIELDS.stream().noneMatch(metadata::containsKey)) {
            return new Answer(null, null, null, null, "other", null, null);
        }
        return answer(MetadataJson.fromJson(metadata, new ArrayList<>()));
    }

    static void authorize(HttpRequest.Builder request, String token) {
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
