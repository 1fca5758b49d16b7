package io.docuelevate.infrastructure.delivery.sftp;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.FileServers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntryResolver;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.keyprovider.KeyIdentityProvider;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.sftp.SftpModuleProperties;
import org.apache.sshd.sftp.client.SftpClient;
import org.apache.sshd.sftp.client.SftpClient.OpenMode;
import org.apache.sshd.sftp.client.SftpClientFactory;
import org.apache.sshd.sftp.common.SftpConstants;
import org.apache.sshd.sftp.common.SftpException;

/**
 * An SFTP folder as a {@link RemoteStore}. Each operation opens its own connection (to the address the
 * {@link HostGuard} answered), verifies the host key, logs in, works and closes, so no session outlives a failure;
 * {@code timeout} bounds connecting, the login and every SFTP request. New files are opened with
 * {@code CREATE_NEW|EXCL}: an existing name is never overwritten, and a failed upload removes its partial file.
 */
public final class SftpStore implements RemoteStore {

    private static final String PROBE_PREFIX = ".docuelevate-test-";

    private final SftpTarget target;
    private final HostGuard hosts;
    private final Duration timeout;
    private final String store;
    private final String folder;

    public SftpStore(SftpTarget target, HostGuard hosts, Duration timeout) {
        this.target = target;
        this.hosts = hosts;
        this.timeout = timeout;
        this.store = "SFTP " + target.label();
        this.folder = FileServers.folder(target.folder());
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(SftpClient sftp) throws IOException, RemoteStoreException;
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        String path = FileServers.join(folder, FileServers.fileName(store, name));
        return session("upload of " + name, sftp -> {
            createFolder(sftp);
            return create(sftp, path, out -> Files.copy(document.file(), out));
        });
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        return session("listing of the folder", sftp -> {
            List<RemoteEntry> entries = new ArrayList<>();
            try {
                for (SftpClient.DirEntry entry : sftp.readDir(folder.isEmpty() ? "." : folder)) {
                    SftpClient.Attributes attributes = entry.getAttributes();
                    if (attributes.isRegularFile()) {
                        entries.add(new RemoteEntry(
                                entry.getFilename(),
                                attributes.getSize(),
                                attributes.getModifyTime() == null
                                        ? null
                                        : attributes.getModifyTime().toInstant()));
                    }
                }
            } catch (SftpException e) {
                if (!missing(e)) {
                    throw e;
                }
            }
            return entries;
        });
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        String path = FileServers.join(folder, FileServers.fileName(store, name));
        session("download of " + name, sftp -> {
            FileServers.replace(target, out -> {
                try (InputStream in = sftp.read(path)) {
                    in.transferTo(out);
                }
            });
            return null;
        });
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        String path = FileServers.join(folder, FileServers.fileName(store, name));
        session("deletion of " + name, sftp -> {
            try {
                sftp.remove(path);
            } catch (SftpException e) {
                if (!missing(e)) {
                    throw e;
                }
            }
            return null;
        });
    }

    @Override
    public void test() throws RemoteStoreException {
        String probe = FileServers.join(folder, PROBE_PREFIX + UUID.randomUUID() + ".tmp");
        session("test", sftp -> {
            createFolder(sftp);
            create(sftp, probe, out -> out.write("DocuElevate test".getBytes(StandardCharsets.US_ASCII)));
            sftp.remove(probe);
            return null;
        });
    }

    /** Writes a new file; {@code false} when the name exists. A failed write removes what it left. */
    private static boolean create(SftpClient sftp, String path, FileServers.Download content) throws IOException {
        OutputStream opened;
        try {
            opened = sftp.write(path, OpenMode.Write, OpenMode.Create, OpenMode.Exclusive);
        } catch (SftpException e) {
            if (e.getStatus() == SftpConstants.SSH_FX_FILE_ALREADY_EXISTS || exists(sftp, path)) {
                return false;
            }
            throw e;
        }
        try (OutputStream out = opened) {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            try {
                sftp.remove(path);
            } catch (IOException removal) {
                e.addSuppressed(removal);
            }
            throw e;
        }
        return true;
    }

    private static boolean exists(SftpClient sftp, String path) throws IOException {
        try {
            sftp.lstat(path);
            return true;
        } catch (SftpException e) {
            if (missing(e)) {
                return false;
            }
            throw e;
        }
    }

    /** {@code mkdir -p} of the folder. */
    private void createFolder(SftpClient sftp) throws IOException, RemoteStoreException {
        if (folder.isEmpty() || isFolder(sftp, folder)) {
            return;
        }
        for (String step : FileServers.steps(folder)) {
            if (!isFolder(sftp, step)) {
                try {
                    sftp.mkdir(step);
                } catch (SftpException e) {
                    if (!isFolder(sftp, step)) {
                        throw e;
                    }
                }
            }
        }
    }

    private boolean isFolder(SftpClient sftp, String path) throws IOException, RemoteStoreException {
        try {
            if (sftp.stat(path).isDirectory()) {
                return true;
            }
        } catch (SftpException e) {
            if (missing(e)) {
                return false;
            }
            throw e;
        }
        throw new RemoteStoreException(store + ": " + path + " exists and is not a folder", false);
    }

    private static boolean missing(SftpException e) {
        return e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_FILE || e.getStatus() == SftpConstants.SSH_FX_NO_SUCH_PATH;
    }

    private <T> T session(String action, Work<T> work) throws RemoteStoreException {
        InetAddress address = FileServers.address(store, hosts, target.host());
        List<KeyPair> keys = keys();
        SftpHostKeys.Verifier verifier = target.hostKeys().verifier(target.host(), target.port());
        SshClient client = SshClient.setUpDefaultClient();
        client.setServerKeyVerifier(verifier);
        client.setKeyIdentityProvider(KeyIdentityProvider.EMPTY_KEYS_PROVIDER);
        client.setHostConfigEntryResolver(HostConfigEntryResolver.EMPTY);
        CoreModuleProperties.IO_CONNECT_TIMEOUT.set(client, timeout);
        CoreModuleProperties.AUTH_TIMEOUT.set(client, timeout);
        CoreModuleProperties.IDLE_TIMEOUT.set(client, timeout);
        CoreModuleProperties.CHANNEL_OPEN_TIMEOUT.set(client, timeout);
        SftpModuleProperties.SFTP_CHANNEL_OPEN_TIMEOUT.set(client, timeout);
        client.start();
        try (client) {
            ClientSession session;
            try {
                session = client.connect(target.username(), new InetSocketAddress(address, target.port()))
                        .verify(timeout)
                        .getSession();
            } catch (IOException e) {
                throw transportFailure("connection", e);
            }
            try (session) {
                login(session, keys, verifier);
                try (SftpClient sftp = SftpClientFactory.instance().createSftpClient(session)) {
                    return work.run(sftp);
                }
            } catch (SftpException e) {
                throw sftpFailure(action, e);
            } catch (IOException e) {
                throw transportFailure(action, e);
            }
        } catch (IOException e) {
            throw transportFailure(action, e);
        }
    }

    private void login(ClientSession session, List<KeyPair> keys, SftpHostKeys.Verifier verifier)
            throws RemoteStoreException {
        if (!target.password().isEmpty()) {
            session.addPasswordIdentity(target.password());
        }
        keys.forEach(session::addPublicKeyIdentity);
        try {
            session.auth().verify(timeout);
        } catch (IOException e) {
            if (verifier.refusal().isPresent()) {
                throw new RemoteStoreException(store + ": " + verifier.refusal().get(), false, e);
            }
            if (String.valueOf(e.getMessage()).contains("No more authentication methods")) {
                throw new RemoteStoreException(
                        store + ": authentication failed for user " + target.username(), false, e);
            }
            throw transportFailure("login", e);
        }
    }

    private List<KeyPair> keys() throws RemoteStoreException {
        String key = target.privateKey().strip();
        if (key.isEmpty()) {
            return List.of();
        }
        FilePasswordProvider passphrase = target.privateKeyPassphrase().isEmpty()
                ? FilePasswordProvider.EMPTY
                : FilePasswordProvider.of(target.privateKeyPassphrase());
        try (InputStream in = key.contains("-----BEGIN")
                ? new ByteArrayInputStream(key.replace("\\n", "\n").getBytes(StandardCharsets.US_ASCII))
                : Files.newInputStream(Path.of(key))) {
            List<KeyPair> pairs = new ArrayList<>();
            Iterable<KeyPair> loaded =
                    SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("private key"), in, passphrase);
            if (loaded != null) {
                loaded.forEach(pairs::add);
            }
            if (pairs.isEmpty()) {
                throw new GeneralSecurityException("no key found");
            }
            return pairs;
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw new RemoteStoreException(
                    store + ": the private key cannot be read (not a PEM or OpenSSH key, or a wrong passphrase)",
                    false,
                    e);
        }
    }

    private RemoteStoreException sftpFailure(String action, SftpException e) {
        int status = e.getStatus();
        boolean needsChange = status == SftpConstants.SSH_FX_NO_SUCH_FILE
                || status == SftpConstants.SSH_FX_NO_SUCH_PATH
                || status == SftpConstants.SSH_FX_PERMISSION_DENIED
                || status == SftpConstants.SSH_FX_WRITE_PROTECT
                || status == SftpConstants.SSH_FX_NOT_A_DIRECTORY
                || status == SftpConstants.SSH_FX_QUOTA_EXCEEDED;
        return new RemoteStoreException(
                store + ": " + action + " failed: " + SftpConstants.getStatusName(status)
                        + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")"),
                !needsChange,
                e);
    }

    private RemoteStoreException transportFailure(String action, IOException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return new RemoteStoreException(store + ": " + action + " failed: " + cause, true, e);
    }
}
