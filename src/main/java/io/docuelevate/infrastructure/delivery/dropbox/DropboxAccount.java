package io.docuelevate.infrastructure.delivery.dropbox;

/**
 * What a Dropbox destination needs: the app's key and secret, the account's refresh token and the folder
 * ({@code /Apps/DocuElevate}; empty for the root of the app's space).
 */
public record DropboxAccount(String appKey, String appSecret, String refreshToken, String folder) {

    public DropboxAccount {
        folder = normalised(folder);
    }

    /** {@code /a/b} for {@code a/b/}, {@code /a/b} or {@code \a\b}; empty for the root. */
    static String normalised(String folder) {
        String trimmed = folder == null ? "" : folder.strip().replace('\\', '/');
        trimmed = trimmed.replaceAll("/+", "/").replaceAll("^/|/$", "");
        return trimmed.isEmpty() ? "" : "/" + trimmed;
    }

    /** Without the secret and the token. */
    @Override
    public String toString() {
        return "DropboxAccount[appKey=" + appKey + ", folder=" + folder + "]";
    }
}
