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
 * Every figure comes from this run; the engines are measured in alternating rounds against one warm server, so that
 * the machine's drift over minutes slows both sides alike and the ratios compare engines measured here and now.
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
    /** Prints the server's CPU by thread after every measurement ({@code --verbose true}). */
    static boolean VERBOSE;
    /** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
    static final double USER_HZ = 100.0;
    static final int WIDTH = 2480;
    static final int HEIGHT = 3508;
    static final String[] WORDS = ("Rechnung invoice Betrag amount Datum date Kunde customer Vertrag contract Lieferung delivery "
            + "Zahlung payment Konto account Nummer number Steuer tax Gesamt total Bestellung order Anschrift address "
            + "Versicherung insurance Bescheid notice Frist deadline Mahnung reminder Quittung receipt Monat month Jahr year "
            + "the and for with from this that will your our please service office report summary company Berlin Hamburg "
            + "München Straße Postfach Telefon Rechnungsnummer Kundennummer Mehrwertsteuer EUR 19% 2026 14.03.2026").split(" ");

    /** Extra server settings, e.g. OCR_MAX_ENGINES_PER_DOCUMENT ({@code --engines-per-document N}). */
    static final java.util.Map<String, String> SERVER_ENV = new java.util.LinkedHashMap<>();

    public static void main(String[] args) throws Exception {
        int pages = Integer.parseInt(option(args, "--pages", "24"));
        Path wlp = Path.of(option(args, "--wlp", "target/liberty/wlp")).toAbsolutePath();
        String template = option(args, "--server", "docuelevate");
        Path work = Path.of(option(args, "--work", "target/bench-ocr")).toAbsolutePath();
        deleteRecursively(work);
        Path pageDir = Files.createDirectories(work.resolve("pages"));
        String enginesPerDocument = option(args, "--engines-per-document", "");
        if (!enginesPerDocument.isEmpty()) {
            SERVER_ENV.put("OCR_MAX_ENGINES_PER_DOCUMENT", enginesPerDocument);
        }
        if (Boolean.parseBoolean(option(args, "--fairness", "false"))) {
            WARM_UP_PER_WORKER = Integer.parseInt(option(args, "--warm-up", "5"));
            Fairness.run(pages, Integer.parseInt(option(args, "--small", "4")), wlp, template, work);
            return;
        }
        List<Path> scans = generatePages(pageDir, pages);
        System.out.printf(Locale.ROOT, "%d generated scans of %dx%d px (A4 at 300 dpi), languages %s%n", pages, WIDTH, HEIGHT, LANGUAGES);

        List<String[]> rows = new ArrayList<>();
        int workers = Integer.parseInt(option(args, "--workers", Integer.toString(SERVER_DEFAULT_WORKERS)));
        WARM_UP_PER_WORKER = Integer.parseInt(option(args, "--warm-up", Integer.toString(WARM_UP_PER_WORKER)));
        int rounds = Integer.parseInt(option(args, "--rounds", "3"));
        VERBOSE = Boolean.parseBoolean(option(args, "--verbose", "false"));
        boolean pipelineOnly = Boolean.parseBoolean(option(args, "--pipeline-only", "false"));
        int[] concurrencies = java.util.Arrays.stream(option(args, "--concurrency", "1,2").split(",")).mapToInt(Integer::parseInt).toArray();
        for (int concurrency : concurrencies) {
            double pipelineSeconds = 0;
            double cliSeconds = 0;
            double ocrmypdfSeconds = 0;
            Run tesseractCommand = () -> runCommands(scans, concurrency, work.resolve("cli-" + concurrency),
                    (page, out) -> List.of("tesseract", page.toString(), out.resolve(stem(page)).toString(), "-l",
                            LANGUAGES, "pdf", "txt"));
            Run ocrmypdfCommand = () -> runCommands(scans, concurrency, work.resolve("ocrmypdf-" + concurrency),
                    (page, out) -> List.of("ocrmypdf", "-q", "-l", LANGUAGES, "--image-dpi", "300", "--output-type",
                            "pdf", "--jobs", "1", page.toString(), out.resolve(stem(page) + ".pdf").toString()));
            try (PipelineServer server = PipelineServer.start(concurrency, workers, wlp, template, work)) {
                server.warmUp();
                for (int round = 1; round <= rounds; round++) {
                    List<Path> copies = tagged(scans, work.resolve("round-" + concurrency + "-" + round),
                            "benchmark round " + round + " at concurrency " + concurrency);
                    Run pipeline = () -> server.process(copies);
                    double p;
                    double c = 0;
                    double o = 0;
                    if (pipelineOnly) {
                        p = server.quietly("pipeline", pipeline);
                    } else if (round % 2 == 1) {
                        c = server.quietly("tesseract CLI", tesseractCommand);
                        o = server.quietly("ocrmypdf", ocrmypdfCommand);
                        p = server.quietly("pipeline", pipeline);
                    } else {
                        p = server.quietly("pipeline", pipeline);
                        o = server.quietly("ocrmypdf", ocrmypdfCommand);
                        c = server.quietly("tesseract CLI", tesseractCommand);
                    }
                    pipelineSeconds += p;
                    cliSeconds += c;
                    ocrmypdfSeconds += o;
                    if (pipelineOnly) {
                        System.out.printf(Locale.ROOT, "c=%d round %d: pipeline %.1f s%n", concurrency, round, p);
                    } else {
                        System.out.printf(Locale.ROOT, "c=%d round %d: pipeline %.1f s, CLI %.1f s, ocrmypdf %.1f s ->"
                                + " pipeline/CLI %.2f, pipeline/ocrmypdf %.2f%n", concurrency, round, p, c, o, c / p, o / p);
                    }
                }
            }
            if (pipelineOnly) {
                continue;
            }
            double measuredPages = (double) scans.size() * rounds;
            double pipeline = measuredPages / pipelineSeconds * 60;
            double cli = measuredPages / cliSeconds * 60;
            double ocrmypdf = measuredPages / ocrmypdfSeconds * 60;
            rows.add(new String[] {Integer.toString(concurrency), fmt(pipeline), fmt(cli), fmt(ocrmypdf),
                    fmt(pipeline / cli), fmt(pipeline / ocrmypdf)});
        }
        if (pipelineOnly) {
            return;
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
     * A server with OCR_CONCURRENCY = concurrency (Tesseract engines at once, as the command runs {@code concurrency}
     * processes at once) and WORKER_CONCURRENCY = max(workers, concurrency), so at concurrency 1 the server's default
     * two workers prepare and finish one document while the single engine reads another. It is warmed up as a
     * long-running server is warm ({@link #WARM_UP_PER_WORKER} documents per worker: every Tesseract handle loaded, and
     * the JIT, which compiles some 30,000 methods of Liberty, EclipseLink, H2, JAXB, PDFBox and Lucene over the first
     * minutes, mostly done) and then keeps running while the rounds alternate between it and the commands, so that a
     * machine whose speed drifts over minutes (this VM's CLI time moved from 38 to 47 s between two back-to-back runs)
     * slows both sides alike.
     */
    static final class PipelineServer implements AutoCloseable {
        private final Process process;
        private final String base;
        private final int workerConcurrency;
        private final int concurrency;
        private final Path work;
        private int uploaded;

        private PipelineServer(Process process, String base, int concurrency, int workerConcurrency, Path work) {
            this.process = process;
            this.base = base;
            this.concurrency = concurrency;
            this.workerConcurrency = workerConcurrency;
            this.work = work;
        }

        static PipelineServer start(int concurrency, int workers, Path wlp, String template, Path work) throws Exception {
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
            // The benchmark polls the queue statistics; the default 100/minute limit would stall it with 429s.
            builder.environment().put("RATE_LIMITING_ENABLED", "false");
            builder.environment().put("keystore_password", UUID.randomUUID().toString());
            builder.environment().putAll(SERVER_ENV);
            PipelineServer server = new PipelineServer(builder.start(), "http://127.0.0.1:" + port, concurrency,
                    workerConcurrency, work);
            try {
                waitFor(() -> status(server.base + "/health/started") == 200, Duration.ofMinutes(3), "server start");
            } catch (Exception e) {
                server.close();
                throw e;
            }
            return server;
        }

        void warmUp() throws Exception {
            List<Path> pages = new ArrayList<>();
            for (int i = 0; i < workerConcurrency * WARM_UP_PER_WORKER; i++) {
                Path warmUp = work.resolve("warm-up-" + concurrency + "-" + i + ".png");
                writePage(warmUp, new Random(999 + 10 * concurrency + i));
                pages.add(warmUp);
            }
            process(pages);
        }

        /** Seconds from the first upload until every one of {@code pages} is completed. */
        double process(List<Path> pages) throws Exception {
            long start = System.nanoTime();
            for (Path page : pages) {
                upload(base, page);
            }
            uploaded += pages.size();
            awaitCompleted(base, uploaded);
            return (System.nanoTime() - start) / 1e9;
        }

        /**
         * Waits until the server is idle, then measures {@code run} (the server's or a command's) and reports where
         * the machine's CPU went meanwhile: the server's share while a command runs should be near nothing.
         */
        double quietly(String label, Run run) throws Exception {
            awaitQuiet(process.toHandle());
            java.util.Map<String, Long> threadsBefore = threadTicks(process.toHandle());
            long[] machineBefore = machineTicks();
            long serverCpuBefore = cpuNanos(process.toHandle());
            long start = System.nanoTime();
            run.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            printMachineCpu(label, machineBefore, machineTicks(), (cpuNanos(process.toHandle()) - serverCpuBefore) / 1e9, seconds);
            if (VERBOSE) {
                printThreadCpu(threadsBefore, threadTicks(process.toHandle()));
            }
            return seconds;
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    /**
     * Copies of the scans with a PNG text chunk naming the round: the same pixels in other bytes, so that the server
     * OCRs them again instead of answering "duplicate".
     */
    static List<Path> tagged(List<Path> scans, Path dir, String tag) throws IOException {
        Files.createDirectories(dir);
        byte[] type = "tEXt".getBytes(StandardCharsets.ISO_8859_1);
        byte[] text = ("Comment\0" + tag).getBytes(StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(text);
        java.nio.ByteBuffer chunk = java.nio.ByteBuffer.allocate(12 + text.length)
                .putInt(text.length).put(type).put(text).putInt((int) crc.getValue());
        List<Path> copies = new ArrayList<>();
        for (Path scan : scans) {
            byte[] png = Files.readAllBytes(scan);
            int iend = png.length - 12;
            java.io.ByteArrayOutputStream copy = new java.io.ByteArrayOutputStream(png.length + chunk.capacity());
            copy.write(png, 0, iend);
            copy.write(chunk.array());
            copy.write(png, iend, 12);
            Path target = dir.resolve(scan.getFileName());
            Files.write(target, copy.toByteArray());
            copies.add(target);
        }
        return copies;
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Pattern FILE_ID = Pattern.compile("\"file_id\"\\s*:\\s*(\\d+)");

    static long upload(String base, Path file) throws Exception {
        String boundary = "bench-" + UUID.randomUUID();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: " + (file.toString().endsWith(".tif") ? "image/tiff" : "image/png")
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
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

    /** CPU clock ticks of every thread of the server's processes, by "pid/tid name" (Linux /proc). */
    static java.util.Map<String, Long> threadTicks(ProcessHandle server) {
        java.util.Map<String, Long> ticks = new java.util.HashMap<>();
        withDescendants(server).forEach(process -> {
            Path tasks = Path.of("/proc", Long.toString(process.pid()), "task");
            try (Stream<Path> threads = Files.list(tasks)) {
                for (Path thread : threads.toList()) {
                    try {
                        String stat = Files.readString(thread.resolve("stat"));
                        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        String name = Files.readString(thread.resolve("comm")).strip();
                        ticks.put(process.pid() + "/" + thread.getFileName() + " " + name,
                                Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
                    } catch (IOException | RuntimeException gone) {
                        // the thread ended between listing and reading
                    }
                }
            } catch (IOException gone) {
                // the process ended
            }
        });
        return ticks;
    }

    /**
     * Where the server's CPU went during the measurement, by thread name with numbers dropped (Tesseract runs on
     * the worker and OCR executor threads): shows whether the two cores went to OCR or to the JIT, GC or
     * background work.
     */
    static void printThreadCpu(java.util.Map<String, Long> before, java.util.Map<String, Long> after) {
        java.util.Map<String, Double> byName = new java.util.TreeMap<>();
        after.forEach((thread, ticks) -> {
            long delta = ticks - before.getOrDefault(thread, 0L);
            if (delta > 0) {
                String name = thread.substring(thread.indexOf(' ') + 1).replaceAll("[0-9]+", "#");
                byName.merge(name, delta / USER_HZ, Double::sum);
            }
        });
        System.out.println("  by thread still alive at the end (ended threads' time is only in the server total):");
        byName.entrySet().stream().sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed()).limit(12)
                .forEach(entry -> System.out.printf(Locale.ROOT, "    %6.1f s  %s%n", entry.getValue(), entry.getKey()));
    }

    /** The machine's CPU ticks from /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal. */
    static long[] machineTicks() {
        try {
            String line = Files.readAllLines(Path.of("/proc/stat")).get(0);
            String[] fields = line.trim().split("\\s+");
            long[] ticks = new long[8];
            for (int i = 0; i < ticks.length; i++) {
                ticks[i] = Long.parseLong(fields[i + 1]);
            }
            return ticks;
        } catch (IOException | RuntimeException e) {
            return new long[8];
        }
    }

    /** How busy the machine was during the measurement, and how much of it was the server (the rest: other processes). */
    static void printMachineCpu(String label, long[] before, long[] after, double serverSeconds, double seconds) {
        double user = (after[0] - before[0] + after[1] - before[1]) / USER_HZ;
        double system = (after[2] - before[2] + after[5] - before[5] + after[6] - before[6]) / USER_HZ;
        double idle = (after[3] - before[3] + after[4] - before[4]) / USER_HZ;
        double steal = (after[7] - before[7]) / USER_HZ;
        System.out.printf(Locale.ROOT, "  %s: %.1f s; CPU meanwhile: machine user %.1f s, system %.1f s, idle %.1f s,"
                + " stolen by the hypervisor %.1f s; the server %.1f s (%.2f cores)%n", label, seconds, user, system, idle, steal, serverSeconds,
                serverSeconds / seconds);
    }

    static long cpuNanos(ProcessHandle process) {
        return withDescendants(process).mapToLong(p -> p.info().totalCpuDuration().map(Duration::toNanos).orElse(0L)).sum();
    }

    /** The server script's process and those it started (the JVM). */
    static Stream<ProcessHandle> withDescendants(ProcessHandle process) {
        return Stream.concat(Stream.of(process), process.descendants());
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

    /**
     * Issue 17 item 10 ({@code --fairness true}): latency of small one-page documents, one at a time, on an idle
     * server and while a long multi-page scan is being OCR'd, with OCR_MAX_ENGINES_PER_DOCUMENT at its default
     * (all engines but one) and at OCR_CONCURRENCY (no limit, as before). Two engines, two workers.
     */
    static final class Fairness {
        static final int ENGINES = 2;
        static final Pattern STATUS = Pattern.compile("\"processing_status\"\\s*:\\s*\\{[^}]*?\"status\"\\s*:\\s*\"(\\w+)\"");

        static void run(int longPages, int small, Path wlp, String template, Path work) throws Exception {
            Path longScan = work.resolve("long-scan.tif");
            writeTiff(longScan, longPages);
            List<String[]> rows = new ArrayList<>();
            for (String limit : new String[] {"1", Integer.toString(ENGINES)}) {
                SERVER_ENV.put("OCR_MAX_ENGINES_PER_DOCUMENT", limit);
                deleteRecursively(work.resolve("bench-ocr-" + ENGINES + "-workdir"));
                try (PipelineServer server = PipelineServer.start(ENGINES, SERVER_DEFAULT_WORKERS, wlp, template, work)) {
                    server.warmUp();
                    awaitQuiet(server.process.toHandle());
                    double idle = smallLatency(server.base, work, small, "idle-" + limit);
                    long start = System.nanoTime();
                    long id = upload(server.base, longScan);
                    waitFor(() -> detail(server.base, id).contains("OCR page "), Duration.ofMinutes(5), "OCR of the long scan", 250);
                    double busy = smallLatency(server.base, work, small, "busy-" + limit);
                    waitFor(() -> "completed".equals(status(server.base, id)), Duration.ofHours(2), "the long scan", 1000);
                    double longSeconds = (System.nanoTime() - start) / 1e9;
                    System.out.printf(Locale.ROOT, "OCR_MAX_ENGINES_PER_DOCUMENT=%s: small %.1f s idle, %.1f s beside the long"
                            + " scan; long scan %d pages in %.0f s%n", limit, idle, busy, longPages, longSeconds);
                    rows.add(new String[] {limit, fmt(idle), fmt(busy), fmt(busy / idle), fmt(longPages / longSeconds * 60)});
                }
            }
            System.out.println();
            System.out.println("| OCR_MAX_ENGINES_PER_DOCUMENT | small doc s (idle) | small doc s (beside long scan) | ratio | long scan pages/min |");
            System.out.println("|---|---|---|---|---|");
            rows.forEach(row -> System.out.println("| " + String.join(" | ", row) + " |"));
        }

        /** Mean seconds from upload to completed of {@code count} generated pages, uploaded one after the other. */
        static double smallLatency(String base, Path work, int count, String tag) throws Exception {
            double total = 0;
            for (int i = 0; i < count; i++) {
                Path page = work.resolve("small-" + tag + "-" + i + ".png");
                writePage(page, new Random(tag.hashCode() * 31L + i));
                long start = System.nanoTime();
                long id = upload(base, page);
                waitFor(() -> "completed".equals(status(base, id)), Duration.ofMinutes(10), "small document " + id, 100);
                total += (System.nanoTime() - start) / 1e9;
            }
            return total / count;
        }

        static String detail(String base, long id) throws Exception {
            return HTTP.send(HttpRequest.newBuilder(URI.create(base + "/api/files/" + id)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        }

        static String status(String base, long id) throws Exception {
            Matcher m = STATUS.matcher(detail(base, id));
            String status = m.find() ? m.group(1) : "";
            if (status.equals("failed")) {
                throw new IllegalStateException("document " + id + " failed");
            }
            return status;
        }

        /** A multi-page TIFF of generated letter pages (deflate), the long scan. */
        static void writeTiff(Path file, int pages) throws IOException {
            javax.imageio.ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
            try (javax.imageio.stream.ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
                writer.setOutput(out);
                javax.imageio.ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(javax.imageio.ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
                writer.prepareWriteSequence(null);
                Path page = file.resolveSibling("long-page.png");
                for (int i = 0; i < pages; i++) {
                    writePage(page, new Random(7000 + i));
                    writer.writeToSequence(new javax.imageio.IIOImage(ImageIO.read(page.toFile()), null, null), param);
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        }
    }
}
