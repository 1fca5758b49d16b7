import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * OCR throughput of the DocuElevate pipeline against the `tesseract` command and `ocrmypdf` on the same
 * generated 300 dpi A4 scans, at concurrency 1 and 2, all with OMP_THREAD_LIMIT=1. Run through run.sh.
 * Every figure comes from this run; ratios compare engines measured here and now.
 */
public class OcrBenchmark {

    static final String LANGUAGES = "eng+deu";
    /** WORKER_CONCURRENCY's default in the server (ProcessingSettings). */
    static final int SERVER_DEFAULT_WORKERS = 2;

    /**
     * Warm-up documents per worker before measuring, so the JIT has compiled the per-document code paths: after 30
     * per worker a JFR recording still showed C2 compiling (JAXB, EclipseLink, H2, PDFBox, Lucene methods) on 6-13 %
     * of the machine during the measurement, which the command never pays.
     */
    static int WARM_UP_PER_WORKER = 100;
    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;
    static final String[] WORDS = ("Rechnung invoice Betrag amount Datum date Kunde customer Vertrag contract Lieferung delivery "
            + "Zahlung payment Konto account Nummer number Steuer tax Gesamt total Bestellung order Anschrift address "
            + "Versicherung insurance Bescheid notice Frist deadline Mahnung reminder Quittung receipt Monat month Jahr year "
            + "the and for with from this that will your our please service office report summary company Berlin Hamburg "
            + "München Straße Postfach Telefon Rechnungsnummer Kundennummer Mehrwertsteuer EUR 19% 2026 14.03.2026").split(" ");

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(option(args, "--pages", "24"));
        Path wlp = Path.of(option(args, "--wlp", "target/liberty/wlp")).toAbsolutePath();
        String template = option(args, "--server", "docuelevate");
        Path work = Path.of(option(args, "--work", "target/bench-ocr")).toAbsolutePath();
        deleteRecursively(work);
        Path pageDir = Files.createDirectories(work.resolve("pages"));
        List<Path> scans = generatePages(pageDir, pages);
        System.out.printf(Locale.ROOT, "%d generated scans of %dx%d px (A4 at 300 dpi), languages %s%n", pages, WIDTH, HEIGHT, LANGUAGES);

        List<String[]> rows = new ArrayList<>();
        int workers = Integer.parseInt(option(args, "--workers", Integer.toString(SERVER_DEFAULT_WORKERS)));
        WARM_UP_PER_WORKER = Integer.parseInt(option(args, "--warm-up", Integer.toString(WARM_UP_PER_WORKER)));
        int[] concurrencies = java.util.Arrays.stream(option(args, "--concurrency", "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
        if (Boolean.parseBoolean(option(args, "--pipeline-only", "false"))) {
            for (int concurrency : concurrencies) {
                runPipeline(scans, concurrency, workers, wlp, template, work);
            }
            return;
        }
        for (int concurrency : concurrencies) {
            double cli = measure(() -> runCommands(scans, concurrency, work.resolve("cli-" + concurrency),
                    (page, out) -> List.of("tesseract", page.toString(), out.resolve(stem(page)).toString(), "-l", LANGUAGES,
                            "pdf", "txt")), pages);
            double ocrmypdf = measure(() -> runCommands(scans, concurrency, work.resolve("ocrmypdf-" + concurrency),
                    (page, out) -> List.of("ocrmypdf", "-q", "-l", LANGUAGES, "--image-dpi", "300", "--output-type", "pdf",
                            "--jobs", "1", page.toString(), out.resolve(stem(page) + ".pdf").toString())), pages);
            double pipeline = pages / runPipeline(scans, concurrency, workers, wlp, template, work) * 60;
            rows.add(new String[] {Integer.toString(concurrency), fmt(pipeline), fmt(cli), fmt(ocrmypdf),
                    fmt(pipeline / cli), fmt(pipeline / ocrmypdf)});
        }
        System.out.println();
        System.out.println("| concurrency | pipeline pages/min | tesseract CLI pages/min | ocrmypdf pages/min | pipeline / CLI | pipeline / ocrmypdf |");
        System.out.println("|---|---|---|---|---|---|");
        for (String[] row : rows) {
            System.out.println("| " + String.join(" | ", row) + " |");
        }
        System.out.println("Targets: pipeline / CLI >= 0.90, pipeline / ocrmypdf >= 1.30");
    }

    interface Run {
        void run() throws Exception;
    }

    interface CommandLine {
        List<String> of(Path page, Path outDir);
    }

    /** Pages per minute of one run. */
    static double measure(Run run, int pages) throws Exception {
        long start = System.nanoTime();
        run.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        return pages / seconds * 60;
    }

    static void runCommands(List<Path> scans, int concurrency, Path out, CommandLine command) throws Exception {
        Files.createDirectories(out);
        ExecutorService pool = Executors.newFixedThreadPool(concurrency);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (Path scan : scans) {
                jobs.add(pool.submit(() -> {
                    ProcessBuilder builder = new ProcessBuilder(command.of(scan, out)).redirectErrorStream(true)
                            .redirectOutput(out.resolve(stem(scan) + ".log").toFile());
                    builder.environment().put("OMP_THREAD_LIMIT", "1");
                    int exit = builder.start().waitFor();
                    if (exit != 0) {
                        throw new IllegalStateException(builder.command() + " exited " + exit);
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Starts a server with OCR_CONCURRENCY = concurrency (Tesseract engines at once, as the command runs
     * {@code concurrency} processes at once) and WORKER_CONCURRENCY = max(workers, concurrency), so at concurrency 1
     * the server's default two workers prepare and finish one document while the single engine reads another; warms
     * it up as a long-running server is warm ({@link #WARM_UP_PER_WORKER} documents per worker: every Tesseract handle
     * loaded, and the JIT, which compiles some 30,000 methods of Liberty, EclipseLink, H2, JAXB, PDFBox and Lucene
     * over the first minutes, mostly done), waits until the server is idle, then returns the seconds from the first
     * upload until every page's document is completed (start-up and warm-up not counted).
     */
    static double runPipeline(List<Path> scans, int concurrency, int workers, Path wlp, String template, Path work) throws Exception {
        int workerConcurrency = Math.max(workers, concurrency);
        String name = "bench-ocr-" + concurrency;
        Path serverDir = wlp.resolve("usr/servers").resolve(name);
        deleteRecursively(serverDir);
        Path templateDir = wlp.resolve("usr/servers").resolve(template);
        Files.createDirectories(serverDir.resolve("apps"));
        for (String file : new String[] {"server.xml", "datasource.xml", "jvm.options"}) {
            if (Files.exists(templateDir.resolve(file))) {
                Files.copy(templateDir.resolve(file), serverDir.resolve(file));
            }
        }
        copyRecursively(templateDir.resolve("jdbc"), serverDir.resolve("jdbc"));
        Files.copy(templateDir.resolve("apps/docuelevate.war"), serverDir.resolve("apps/docuelevate.war"));
        int port = freePort();
        ProcessBuilder builder = new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name).redirectErrorStream(true)
                .redirectOutput(work.resolve(name + ".log").toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("HTTPS_PORT", Integer.toString(freePort()));
        builder.environment().put("WORKDIR", work.resolve(name + "-workdir").toString());
        builder.environment().put("WORKER_CONCURRENCY", Integer.toString(workerConcurrency));
        builder.environment().put("OCR_CONCURRENCY", Integer.toString(concurrency));
        builder.environment().put("WORKER_POLL_INTERVAL_MS", "200");
        builder.environment().put("AUTH_ENABLED", "false");
        // The benchmark polls every file's status; the default 100/minute limit would stall it with 429s.
        builder.environment().put("RATE_LIMITING_ENABLED", "false");
        builder.environment().put("keystore_password", UUID.randomUUID().toString());
        Process server = builder.start();
        String base = "http://127.0.0.1:" + port;
        try {
            waitFor(() -> status(base + "/health/started") == 200, Duration.ofMinutes(3), "server start");
            List<Long> warmUps = new ArrayList<>();
            for (int i = 0; i < workerConcurrency * WARM_UP_PER_WORKER; i++) {
                Path warmUp = work.resolve("warm-up-" + concurrency + "-" + i + ".png");
                writePage(warmUp, new Random(999 + 10 * concurrency + i));
                warmUps.add(upload(base, warmUp));
            }
            awaitCompleted(base, warmUps.size());
            awaitQuiet(server.toHandle());
            List<Long> ids = new ArrayList<>();
            long start = System.nanoTime();
            for (Path scan : scans) {
                ids.add(upload(base, scan));
            }
            awaitCompleted(base, warmUps.size() + ids.size());
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "pipeline c=%d (WORKER_CONCURRENCY %d): %.1f s%n", concurrency, workerConcurrency, seconds);
            return seconds;
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern FILE_ID = Pattern.compile("\"file_id\"\\s*:\\s*(\\d+)");

    static long upload(String base, Path file) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/ui-upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = FILE_ID.matcher(response.body());
        if (response.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("upload failed: " + response.statusCode() + " " + response.body());
        }
        return Long.parseLong(m.group(1));
    }

    static final Pattern DB_COMPLETED = Pattern.compile("\"db_summary\"\\s*:\\s*\\{[^}]*?\"completed\"\\s*:\\s*(\\d+)");
    static final Pattern DB_FAILED = Pattern.compile("\"db_summary\"\\s*:\\s*\\{[^}]*?\"failed\"\\s*:\\s*(\\d+)");

    /**
     * Waits until {@code completed} documents in all are completed, asking {@code GET /api/queue/stats} (a few counts)
     * every 250 ms: polling each file's detail every 50 ms, as this benchmark once did, kept a core's fraction busy
     * serving the benchmark instead of OCR.
     */
    static void awaitCompleted(String base, int completed) throws Exception {
        waitFor(() -> {
            String body = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/queue/stats")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher failed = DB_FAILED.matcher(body);
            Matcher done = DB_COMPLETED.matcher(body);
            if (!failed.find() || !done.find()) {
                throw new IllegalStateException("unexpected /api/queue/stats answer: " + body);
            }
            if (Integer.parseInt(failed.group(1)) > 0) {
                throw new IllegalStateException("a document failed: " + body);
            }
            return Integer.parseInt(done.group(1)) >= completed;
        }, Duration.ofMinutes(10), completed + " completed documents", 250);
    }

    /**
     * Waits until the server process (and its children) use less than a tenth of a core over two seconds: start-up
     * leaves the JIT compiler and Liberty's background work busy for a minute or more, which would be measured as
     * pipeline time, while a long-running server has settled. Gives up after three minutes and says so.
     */
    static void awaitQuiet(ProcessHandle server) throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + Duration.ofMinutes(3).toNanos();
        long previous = cpuNanos(server);
        while (System.nanoTime() < deadline) {
            Thread.sleep(2000);
            long now = cpuNanos(server);
            if (now - previous < 200_000_000L) {
                System.out.printf(Locale.ROOT, "server quiet after %.0f s%n", (System.nanoTime() - start) / 1e9);
                return;
            }
            previous = now;
        }
        System.out.println("server still busy after 3 minutes; measuring anyway");
    }

    static long cpuNanos(ProcessHandle process) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(process), process.descendants())
                .mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    interface Check {
        boolean done() throws Exception;
    }

    static void waitFor(Check check, Duration within, String what) throws Exception {
        waitFor(check, within, what, 50);
    }

    static void waitFor(Check check, Duration within, String what, long pollMillis) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (check.done()) {
                    return;
                }
            } catch (IOException e) {
                // server not listening yet
            }
            Thread.sleep(pollMillis);
        }
        throw new IllegalStateException("timed out waiting for " + what);
    }

    static int status(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static List<Path> generatePages(Path dir, int pages) throws IOException {
        List<Path> scans = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Path page = dir.resolve(String.format("page-%02d.png", i + 1));
            writePage(page, new Random(42 + i));
            scans.add(page);
        }
        return scans;
    }

    /** A letter-like page: header, address block, 40 lines of mixed German/English words, light scanner noise. */
    static void writePage(Path file, Random random) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SERIF, Font.BOLD, 62));
        g.drawString("Musterfirma GmbH - Rechnung / Invoice " + (1000 + random.nextInt(9000)), 236, 300);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 46));
        int y = 480;
        for (int line = 0; line < 42; line++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < 70) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            g.drawString(text.toString().trim(), 236, y);
            y += 68;
        }
        g.dispose();
        for (int i = 0; i < 20000; i++) {
            image.getRaster().setSample(random.nextInt(WIDTH), random.nextInt(HEIGHT), 0, random.nextInt(256));
        }
        ImageIO.write(image, "png", file.toFile());
    }

    static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.lastIndexOf('.'));
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
