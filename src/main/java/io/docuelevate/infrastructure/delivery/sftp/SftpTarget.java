package io.docuelevate.infrastructure.delivery.sftp;

/**
 * Where and as whom an {@link SftpStore} logs in: {@code password} and {@code privateKey} (PEM or OpenSSH text, or
 * the path of a key file) may be empty but not both; {@code folder} empty means the login folder.
 */
public record SftpTarget(
        String host,
        int port,
        String username,
        String password,
        String privateKey,
        String privateKeyPassphrase,
        String folder,
        SftpHostKeys hostKeys) {

    public SftpTarget {
        if (host.isBlank() || username.isBlank()) {
            throw new IllegalArgumentException("host and username are required");
        }
        if (password.isEmpty() && privateKey.isBlank()) {
            throw new IllegalArgumentException("password or private_key is required");
        }
    }

    /** {@code host:port}, how the store names itself in messages. */
    public String label() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "SftpTarget[" + username + "@" + label() + "/" + folder + "]";
    }
}
