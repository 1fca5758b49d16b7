package io.docuelevate.infrastructure.delivery.webdav;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Where a WebDAV store writes: the server's DAV root ({@code WEBDAV_URL}, or the user's files root for Nextcloud),
 * the folder below it, the Basic-auth login and whether the TLS certificate is checked. {@code kind} ("WebDAV",
 * "Nextcloud") names the store in messages. The password never appears in {@link #toString()}.
 */
public record WebDavTarget(
        String kind, HttpUrl root, String username, String password, List<String> folder, boolean verifySsl) {

    public WebDavTarget {
        folder = List.copyOf(folder);
        username = username == null ? "" : username;
        password = password == null ? "" : password;
    }

    /**
     * A target from settings as typed.
     *
     * @param urlSetting the name of the URL setting, for the message when it is missing or malformed
     * @throws IllegalArgumentException the URL is missing or not an http(s) URL
     */
    public static WebDavTarget of(
            String kind,
            String urlSetting,
            String url,
            String username,
            String password,
            String folder,
            boolean verifySsl) {
        String trimmed = url == null ? "" : url.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException(urlSetting + " is required");
        }
        HttpUrl root = HttpUrl.parse(trimmed);
        if (root == null) {
            throw new IllegalArgumentException(
                    urlSetting + " must be an http:// or https:// URL, got '" + trimmed + "'");
        }
        List<String> segments = folder == null
                ? List.of()
                : Arrays.stream(folder.split("/")).filter(s -> !s.isBlank()).toList();
        if (segments.stream().anyMatch(s -> s.equals(".") || s.equals(".."))) {
            throw new IllegalArgumentException("folder must not contain '.' or '..', got '" + folder + "'");
        }
        return new WebDavTarget(kind, root, username == null ? "" : username.strip(), password, segments, verifySsl);
    }

    /**
     * The target of a user's integration: {@code urlKey} ({@code url}, {@code upload_url}), {@code username},
     * {@code folder}, {@code verify_ssl} (default true) in the config, {@code password} in the credentials.
     */
    public static WebDavTarget fromIntegration(
            String kind, String urlKey, Map<String, String> config, Map<String, String> credentials) {
        String verify = config.getOrDefault("verify_ssl", "true").strip().toLowerCase(Locale.ROOT);
        if (!verify.equals("true") && !verify.equals("false")) {
            throw new IllegalArgumentException("verify_ssl must be true or false, got '" + verify + "'");
        }
        return of(
                kind,
                urlKey,
                config.get(urlKey),
                config.get("username"),
                credentials.get("password"),
                config.get("folder"),
                verify.equals("true"));
    }

    /** "WebDAV cloud.example.com:443": the store as messages name it. */
    public String label() {
        return kind + " " + root.host() + ":" + root.port();
    }

    @Override
    public String toString() {
        return label() + " folder /" + String.join("/", folder) + " user " + username;
    }
}
