package io.docuelevate.infrastructure.delivery.ftp;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.FileServers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManagerFactory;
import org.apache.commons.net.ftp.FTP;
import org.apache.commons.net.ftp.FTPClient;
import org.apache.commons.net.ftp.FTPFile;
import org.apache.commons.net.ftp.FTPReply;
import org.apache.commons.net.ftp.FTPSClient;

/**
 * An FTP or FTPS folder as a {@link RemoteStore}. Each operation opens its own control connection to the address
 * the {@link HostGuard} answered; with TLS it negotiates AUTH TLS and PROT P and verifies the certificate against
 * the host name, and falls back to plain FTP only when allowed. Data connections are passive, binary, and always
 * go to the control connection's address whatever address the server announces, so a hostile server cannot send
 * them elsewhere. {@code timeout} bounds connecting and every read on the control and data connections.
 *
 * <p>FTP has no atomic create-new: {@link #putIfAbsent} asks whether the name exists (MLST, or LIST where MLST is
 * missing) and then stores, so a file another client creates between the two could be overwritten.
 */
public final class FtpStore implements RemoteStore {

    private static final Logger LOG = Logger.getLogger(FtpStore.class.getName());
    private static final String PROBE_PREFIX = ".docuelevate-test-";

    private final FtpTarget target;
    private final HostGuard hosts;
    private final Duration timeout;
    private final String store;
    private final String folder;

    public FtpStore(FtpTarget target, HostGuard hosts, Duration timeout) {
        this.target = target;
        this.hosts = hosts;
        this.timeout = timeout;
        this.store = "FTP " + target.label();
        this.folder = FileServers.folder(target.folder());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(FTPClient ftp) throws IOException, RemoteStoreException;
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        FileServers.fileName(store, name);
        return session("upload of " + name, ftp -> {
            enterFolder(ftp, true);
            if (exists(ftp, name)) {
                return false;
            }
            try (InputStream in = Files.newInputStream(document.file())) {
                store(ftp, name, in, "upload of " + name);
            }
            return true;
        });
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        return session("listing of the folder", ftp -> {
            List<RemoteEntry> entries = new ArrayList<>();
            if (!enterFolder(ftp, false)) {
                return entries;
            }
            FTPFile[] files = ftp.hasFeature("MLST") ? ftp.mlistDir() : ftp.listFiles();
            for (FTPFile file : files) {
                if (file != null && file.isFile()) {
                    entries.add(new RemoteEntry(
                            file.getName(),
                            file.getSize(),
                            file.getTimestamp() == null
                                    ? null
                                    : file.getTimestamp().toInstant()));
                }
            }
            return entries;
        });
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        FileServers.fileName(store, name);
        session("download of " + name, ftp -> {
            if (!enterFolder(ftp, false)) {
                throw new RemoteStoreException(store + ": the folder " + folder + " does not exist", false);
            }
            boolean[] done = new boolean[1];
            FileServers.replace(target, out -> done[0] = ftp.retrieveFile(name, out));
            if (!done[0]) {
                throw replyFailure(ftp, "download of " + name);
            }
            return null;
        });
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        FileServers.fileName(store, name);
        session("deletion of " + name, ftp -> {
            if (enterFolder(ftp, false) && !ftp.deleteFile(name) && exists(ftp, name)) {
                throw replyFailure(ftp, "deletion of " + name);
            }
            return null;
        });
    }

    @Override
    public void test() throws RemoteStoreException {
        String probe = PROBE_PREFIX + UUID.randomUUID() + ".tmp";
        session("test", ftp -> {
            enterFolder(ftp, true);
            store(ftp, probe, new ByteArrayInputStream("DocuElevate test".getBytes(StandardCharsets.US_ASCII)), "test");
            if (!ftp.deleteFile(probe)) {
                throw replyFailure(ftp, "deletion of the test file " + probe);
            }
            return null;
        });
    }

    /** STOR; a failed upload deletes what it left behind. */
    private void store(FTPClient ftp, String name, InputStream in, String action)
            throws IOException, RemoteStoreException {
        boolean stored;
        try {
            stored = ftp.storeFile(name, in);
        } catch (IOException e) {
            deleteQuietly(ftp, name);
            throw e;
        }
        if (!stored) {
            RemoteStoreException failure = replyFailure(ftp, action);
            deleteQuietly(ftp, name);
            throw failure;
        }
    }

    private static void deleteQuietly(FTPClient ftp, String name) {
        try {
            ftp.deleteFile(name);
        } catch (IOException e) {
            LOG.fine(() -> "partial upload " + name + " not deleted: " + e.getMessage());
        }
    }

    /** Whether {@code name} exists in the current folder: MLST, or LIST where the server lacks MLST. */
    private boolean exists(FTPClient ftp, String name) throws IOException, RemoteStoreException {
        if (ftp.mlistFile(name) != null) {
            return true;
        }
        int code = ftp.getReplyCode();
        if (code == FTPReply.FILE_UNAVAILABLE || FTPReply.isPositiveCompletion(code)) {
            return false;
        }
        if (code >= 500 && code <= 504) {
            for (FTPFile file : ftp.listFiles(name)) {
                if (file != null
                        && name.equals(Path.of(file.getName()).getFileName().toString())) {
                    return true;
                }
            }
            return false;
        }
        throw replyFailure(ftp, "check of " + name);
    }

    /** Changes into the folder, creating it first ({@code mkdir -p}) when {@code create}; false when missing. */
    private boolean enterFolder(FTPClient ftp, boolean create) throws IOException, RemoteStoreException {
        if (folder.isEmpty() || ftp.changeWorkingDirectory(folder)) {
            return true;
        }
        if (!create) {
            return false;
        }
        for (String step : FileServers.steps(folder)) {
            ftp.makeDirectory(step);
        }
        if (!ftp.changeWorkingDirectory(folder)) {
            throw new RemoteStoreException(
                    store + ": the folder " + folder + " cannot be created: " + reply(ftp), false);
        }
        return true;
    }

    private <T> T session(String action, Work<T> work) throws RemoteStoreException {
        InetAddress address = FileServers.address(store, hosts, target.host());
        FTPClient ftp = connect(address);
        try {
            if (!ftp.login(target.username(), target.password())) {
                int code = ftp.getReplyCode();
                throw new RemoteStoreException(
                        store + ": authentication failed for user " + target.username() + " (" + reply(ftp) + ")",
                        code >= 400 && code < 500 && code != 430);
            }
            if (ftp instanceof FTPSClient ftps) {
                ftps.execPBSZ(0);
                ftps.execPROT("P");
            }
            if (!ftp.setFileType(FTP.BINARY_FILE_TYPE)) {
                throw replyFailure(ftp, "switch to binary mode");
            }
            ftp.enterLocalPassiveMode();
            return work.run(ftp);
        } catch (IOException e) {
            throw transportFailure(action, e);
        } finally {
            close(ftp);
        }
    }

    /** A connected client: FTPS when asked and possible, plain FTP when TLS fails and plain text is allowed. */
    private FTPClient connect(InetAddress address) throws RemoteStoreException {
        if (target.useTls()) {
            FTPClient ftps = configure(new PinnedFtpsClient(sslContext(), target.host()));
            try {
                ftps.connect(address, target.port());
                return ftps;
            } catch (SSLException e) {
                close(ftps);
                if (!target.allowPlaintext()) {
                    throw new RemoteStoreException(
                            store + ": TLS could not be negotiated (" + e.getMessage()
                                    + "); plain FTP is not allowed (FTP_ALLOW_PLAINTEXT=false)",
                            false,
                            e);
                }
                LOG.warning(store + ": TLS could not be negotiated (" + e.getMessage()
                        + "); continuing over plain FTP because FTP_ALLOW_PLAINTEXT is true");
            } catch (IOException e) {
                close(ftps);
                throw transportFailure("connection", e);
            }
        }
        FTPClient ftp = configure(new FTPClient());
        try {
            ftp.connect(address, target.port());
            return ftp;
        } catch (IOException e) {
            close(ftp);
            throw transportFailure("connection", e);
        }
    }

    private FTPClient configure(FTPClient ftp) {
        int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
        ftp.setConnectTimeout(millis);
        ftp.setDefaultTimeout(millis);
        ftp.setDataTimeout(timeout);
        ftp.setControlKeepAliveReplyTimeout(timeout);
        ftp.setRemoteVerificationEnabled(true);
        ftp.setPassiveNatWorkaroundStrategy(announced -> ftp.getRemoteAddress().getHostAddress());
        return ftp;
    }

    private SSLContext sslContext() throws RemoteStoreException {
        try {
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            if (target.truststore().isPresent()) {
                KeyStore keys = KeyStore.getInstance(
                        target.truststore().get().toFile(),
                        target.truststorePassword().toCharArray());
                trust.init(keys);
            } else {
                trust.init((KeyStore) null);
            }
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (IOException | GeneralSecurityException e) {
            throw new RemoteStoreException(
                    store + ": the trust store "
                            + target.truststore().map(Path::toString).orElse("") + " cannot be read ("
                            + e.getClass().getSimpleName() + ")",
                    false,
                    e);
        }
    }

    private static void close(FTPClient ftp) {
        if (!ftp.isConnected()) {
            return;
        }
        try {
            ftp.logout();
        } catch (IOException e) {
            LOG.fine(() -> "FTP logout failed: " + e.getMessage());
        }
        try {
            ftp.disconnect();
        } catch (IOException e) {
            LOG.fine(() -> "FTP disconnect failed: " + e.getMessage());
        }
    }

    private RemoteStoreException replyFailure(FTPClient ftp, String action) {
        int code = ftp.getReplyCode();
        return new RemoteStoreException(
                store + ": " + action + " failed: " + reply(ftp), FTPReply.isNegativeTransient(code) || code == 0);
    }

    private static String reply(FTPClient ftp) {
        String text = ftp.getReplyString();
        return text == null || text.isBlank() ? "no answer" : text.strip().replaceAll("\\s+", " ");
    }

    private RemoteStoreException transportFailure(String action, IOException e) {
        String cause = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RemoteStoreException(store + ": " + action + " failed: " + cause, true, e);
    }
}
