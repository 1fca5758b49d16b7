package io.docuelevate.infrastructure.monitoring;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Builds the Uptime Kuma push request: the configured push URL (which Uptime Kuma shows with its own
 * {@code ?status=up&msg=OK&ping=} example values) with {@code status}, {@code msg} and {@code ping}
 * replaced by the server's current state. Other query parameters are kept.
 */
public final class UptimeKumaUrl {

    /** Uptime Kuma shows messages in a table cell; longer ones are cut. */
    static final int MAX_MESSAGE = 200;

    private UptimeKumaUrl() {}

    /**
     * @param pushUrl the configured {@code UPTIME_KUMA_URL}
     * @param up      whether the server is up (health {@code ok} or {@code degraded})
     * @param message a short status message (no secrets)
     * @param pingMillis the health check's duration, or a negative number to leave {@code ping} empty
     * @throws IllegalArgumentException when the URL is not an absolute http(s) URL
     */
    public static URI build(String pushUrl, boolean up, String message, long pingMillis) {
        URI base = URI.create(pushUrl.trim());
        String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || base.getRawAuthority() == null) {
            throw new IllegalArgumentException(
                    "UPTIME_KUMA_URL must be an http(s) push URL, e.g. https://uptime.example.com/api/push/<token>");
        }
        List<String> parameters = new ArrayList<>();
        String query = base.getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
                if (!pair.isEmpty() && !name.equals("status") && !name.equals("msg") && !name.equals("ping")) {
                    parameters.add(pair);
                }
            }
        }
        parameters.add("status=" + (up ? "up" : "down"));
        parameters.add("msg=" + encode(shorten(message)));
        parameters.add("ping=" + (pingMillis >= 0 ? Long.toString(pingMillis) : ""));
        StringBuilder url = new StringBuilder(scheme).append("://").append(base.getRawAuthority());
        url.append(base.getRawPath() == null ? "" : base.getRawPath());
        url.append('?').append(String.join("&", parameters));
        return URI.create(url.toString());
    }

    /** The push URL without its token-bearing path, for log messages: {@code https://uptime.example.com/api/push/…}. */
    public static String redacted(String pushUrl) {
        try {
            URI uri = URI.create(pushUrl.trim());
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "") + "/…";
        } catch (IllegalArgumentException e) {
            return "(invalid URL)";
        }
    }

    private static String shorten(String message) {
        String text = message == null || message.isBlank() ? "OK" : message.strip();
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE - 1) + "…" : text;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
