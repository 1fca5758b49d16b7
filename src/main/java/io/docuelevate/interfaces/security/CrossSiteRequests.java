package io.docuelevate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a browser's request sent by another site from one sent by our own pages, by the headers browsers set and
 * pages cannot forge: {@code Origin} (every cross-origin request and every POST) and {@code Sec-Fetch-Site}. The
 * sign-in and sign-out forms refuse the former, so another site cannot sign a browser in as its own account or out
 * of the user's. Clients that are not browsers send neither header and are not affected.
 */
public final class CrossSiteRequests {

    private static final List<String> EXTENSION_SCHEMES =
            List.of("chrome-extension", "moz-extension", "safari-web-extension");

    private CrossSiteRequests() {}

    /** Whether a browser sent this request: it carries an {@code Origin} or a fetch-metadata header. */
    public static boolean fromBrowser(HttpServletRequest request) {
        return request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Site") != null;
    }

    /**
     * Whether a browser extension sent the request: its {@code Origin} is an extension's (Chromium, Firefox, Safari).
     * Browsers set {@code Origin} themselves, so no web page can claim one; an installed extension with access to
     * this host can use the browser's cookies for it anyway.
     */
    public static boolean fromBrowserExtension(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String lower = origin.trim().toLowerCase(Locale.ROOT);
        return EXTENSION_SCHEMES.stream()
                .anyMatch(scheme -> lower.startsWith(scheme + "://") && lower.length() > scheme.length() + 3);
    }

    /**
     * Whether the request came from a page of another origin: its {@code Origin} names another host than the one
     * the request was sent to (as the browser saw it: {@code Host}, a proxy's {@code X-Forwarded-Host}, or the
     * configured public base URL), or the browser marks it {@code cross-site}.
     */
    public static boolean fromAnotherSite(HttpServletRequest request, Optional<String> publicBaseUrl) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return "cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"));
        }
        Optional<String> authority = authorityOf(origin);
        if (authority.isEmpty()) {
            return true;
        }
        return !(sameHost(authority.get(), request.getHeader("Host"))
                || sameHost(authority.get(), firstOf(request.getHeader("X-Forwarded-Host")))
                || publicBaseUrl.flatMap(CrossSiteRequests::authorityOf).equals(authority));
    }

    /** {@code host:port} of an origin or URL, the port made explicit; empty for {@code null} or a malformed one. */
    static Optional<String> authorityOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return Optional.empty();
            }
            int port = uri.getPort() >= 0 ? uri.getPort() : defaultPort(uri.getScheme());
            return Optional.of(uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether an origin's {@code host:port} names the host of a {@code Host} header: the port compared only when the
     * header states one (behind a TLS-terminating proxy the header often has none while the origin is on 443).
     */
    private static boolean sameHost(String authority, String hostHeader) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
        return hasPort
                ? authority.equals(host)
                : authority.substring(0, authority.lastIndexOf(':')).equals(host);
    }

    private static String firstOf(String list) {
        return list == null ? null : list.split(",")[0].trim();
    }

    private static int defaultPort(String scheme) {
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
