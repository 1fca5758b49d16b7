package io.docuelevate.infrastructure.convert;

import io.docuelevate.infrastructure.config.ConversionSettings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jodconverter.core.document.DefaultDocumentFormatRegistry;
import org.jodconverter.core.document.DocumentFormat;
import org.jodconverter.core.office.OfficeException;
import org.jodconverter.local.LocalConverter;
import org.jodconverter.local.office.LocalOfficeManager;
import org.jodconverter.local.office.LocalOfficeUtils;

/**
 * The LibreOffice process of this server, through JODConverter's {@link LocalOfficeManager}: started on the
 * first conversion (so API-only replicas and servers that never convert run none), restarted when it crashes,
 * when a conversion runs past {@code OFFICE_TASK_TIMEOUT} and after {@code OFFICE_MAX_TASKS_PER_PROCESS}
 * conversions, stopped with the server. It listens on a free loopback port and runs on a fresh profile made
 * from a template that blocks what documents could make it fetch: linked images from untrusted documents are
 * not loaded, and every HTTP, HTTPS and FTP request goes to a proxy that does not exist (port 9 on loopback);
 * links are never updated and macros never run.
 */
@ApplicationScoped
public class OfficeProcess {

    private static final Logger LOG = Logger.getLogger(OfficeProcess.class.getName());

    /** LibreOffice's expert settings written into the template profile. */
    static final String REGISTRY = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" \
            xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            %s</oor:items>
            """.formatted(
                    item("Office.Common/Security/Scripting", "BlockUntrustedRefererLinks", "true")
                            + item("Office.Common/Security/Scripting", "MacroSecurityLevel", "3")
                            + item("Office.Common/Security/Scripting", "DisableMacrosExecution", "true")
                            + item("Inet/Settings", "ooInetProxyType", "2")
                            + item("Inet/Settings", "ooInetNoProxy", "")
                            + item("Inet/Settings", "ooInetHTTPProxyName", "127.0.0.1")
                            + item("Inet/Settings", "ooInetHTTPProxyPort", "9")
                            + item("Inet/Settings", "ooInetHTTPSProxyName", "127.0.0.1")
                            + item("Inet/Settings", "ooInetHTTPSProxyPort", "9")
                            + item("Inet/Settings", "ooInetFTPProxyName", "127.0.0.1")
                            + item("Inet/Settings", "ooInetFTPProxyPort", "9"));

    @Inject
    ConversionSettings settings;

    private LocalOfficeManager manager;
    private LocalConverter converter;
    private Path template;
    private volatile String startFailure;

    private static String item(String path, String name, String value) {
        return "<item oor:path=\"/org.openoffice." + path + "\"><prop oor:name=\"" + name + "\" oor:op=\"fuse\"><value>"
                + value + "</value></prop></item>\n";
    }

    /** The LibreOffice installation: {@code OFFICE_HOME}, else where JODConverter finds one; empty when there is none. */
    public Optional<File> home() {
        File home = settings.officeHome().map(File::new).orElseGet(LocalOfficeUtils::getDefaultOfficeHome);
        if (home == null) {
            return Optional.empty();
        }
        try {
            LocalOfficeUtils.validateOfficeHome(home);
            return Optional.of(home);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Why conversions cannot run: LibreOffice not installed, or its last start failed; empty when they can. */
    public Optional<String> problem() {
        if (home().isEmpty()) {
            return Optional.of("LibreOffice (soffice) was not found "
                    + settings.officeHome()
                            .map(h -> "in OFFICE_HOME=" + h)
                            .orElse("(OFFICE_HOME unset, none in /usr/lib/libreoffice or /opt/libreoffice*)")
                    + ": install libreoffice-writer-nogui, libreoffice-calc-nogui and libreoffice-impress-nogui,"
                    + " or set OFFICE_HOME");
        }
        return Optional.ofNullable(startFailure);
    }

    /** Whether the office process has been started (it starts with the first conversion). */
    public synchronized boolean running() {
        return manager != null && manager.isRunning();
    }

    /** Converts {@code source} (read as {@code format}) to PDF at {@code target}, starting LibreOffice if needed. */
    public void convert(File source, DocumentFormat format, File target) throws OfficeException {
        started()
                .convert(source)
                .as(format)
                .to(target)
                .as(DefaultDocumentFormatRegistry.PDF)
                .execute();
    }

    /** A failure in plain words: the time limit, or what LibreOffice said. */
    String reason(OfficeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof TimeoutException) {
                return "the conversion ran past the time limit of "
                        + settings.taskTimeout().toSeconds() + " s (OFFICE_TASK_TIMEOUT)";
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (message.startsWith("Could not load document") || message.contains("loadComponentFromURL")) {
            return "LibreOffice cannot read the file (damaged, or not the format its name says): " + message;
        }
        return "LibreOffice failed: " + message;
    }

    private synchronized LocalConverter started() throws OfficeException {
        if (manager != null) {
            return converter;
        }
        File home = home().orElseThrow(() -> new OfficeException(problem().orElse("LibreOffice not found")));
        long timeout = settings.taskTimeout().toMillis();
        try {
            template = Files.createTempDirectory("docuelevate-office-template-");
            Files.createDirectories(template.resolve("user"));
            Files.writeString(template.resolve("user/registrymodifications.xcu"), REGISTRY, StandardCharsets.UTF_8);
            LocalOfficeManager starting = LocalOfficeManager.builder()
                    .officeHome(home)
                    .portNumbers(freeLoopbackPort())
                    .templateProfileDir(template.toFile())
                    .processTimeout(60_000L)
                    .taskExecutionTimeout(timeout)
                    .taskQueueTimeout(2 * timeout + 30_000L)
                    .maxTasksPerProcess(settings.maxTasksPerProcess())
                    .build();
            long begin = System.nanoTime();
            starting.start();
            LOG.info(() ->
                    "LibreOffice started from " + home + " in " + (System.nanoTime() - begin) / 1_000_000 + " ms");
            manager = starting;
            converter = LocalConverter.builder()
                    .officeManager(manager)
                    .loadProperties(Map.of(
                            "Hidden",
                            true,
                            "ReadOnly",
                            true,
                            "UpdateDocMode",
                            (short) 0, // NO_UPDATE: linked content is never refreshed
                            "MacroExecutionMode",
                            (short) 0)) // NEVER_EXECUTE
                    .build();
            startFailure = null;
            return converter;
        } catch (IOException | OfficeException | RuntimeException e) {
            startFailure = "LibreOffice did not start from " + home + ": " + e.getMessage();
            LOG.warning(startFailure);
            deleteTemplate();
            throw e instanceof OfficeException office ? office : new OfficeException(startFailure, e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @PreDestroy
    synchronized void stop() {
        if (manager != null) {
            try {
                manager.stop();
            } catch (OfficeException | RuntimeException e) {
                LOG.warning(() -> "LibreOffice did not stop cleanly: " + e.getMessage());
            }
            manager = null;
        }
        deleteTemplate();
    }

    private void deleteTemplate() {
        if (template == null) {
            return;
        }
        try (Stream<Path> tree = Files.walk(template)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            LOG.fine(() -> "cannot remove " + template + ": " + e.getMessage());
        }
        template = null;
    }
}
