package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrossSiteRequestsTest {

    @Test
    void ourOwnPagesAreNotAnotherSite() {
        assertFalse(fromAnotherSite(Map.of("Origin", "http://localhost:8000", "Host", "localhost:8000")));
        assertFalse(fromAnotherSite(Map.of("Origin", "http://[::1]:8000", "Host", "[::1]:8000")));
        assertFalse(
                fromAnotherSite(Map.of("Origin", "https://docs.example.com", "Host", "docs.example.com")),
                "behind a TLS proxy the Host header has no port");
        assertFalse(fromAnotherSite(Map.of(
                "Origin", "https://docs.example.com", "Host", "app:9080", "X-Forwarded-Host", "docs.example.com")));
        assertFalse(CrossSiteRequests.fromAnotherSite(
                request(Map.of("Origin", "https://docs.example.com", "Host", "10.0.0.5:9080"), "http"),
                Optional.of("https://docs.example.com/")));
        assertFalse(fromAnotherSite(Map.of("Host", "localhost:8000")), "no Origin: not a browser, or a GET");
    }

    @Test
    void anotherOriginOrAnOpaqueOneIs() {
        assertTrue(fromAnotherSite(Map.of("Origin", "http://evil.example", "Host", "localhost:8000")));
        assertTrue(fromAnotherSite(Map.of("Origin", "http://localhost:8001", "Host", "localhost:8000")));
        assertTrue(fromAnotherSite(Map.of("Origin", "null", "Host", "localhost:8000")));
        assertTrue(fromAnotherSite(Map.of("Sec-Fetch-Site", "cross-site", "Host", "localhost:8000")));
        assertTrue(fromAnotherSite(Map.of("Origin", "http://localhost.evil.example", "Host", "localhost")));
    }

    @Test
    void browsersAreKnownByTheirHeaders() {
        assertTrue(CrossSiteRequests.fromBrowser(request(Map.of("Sec-Fetch-Site", "same-origin"), "http")));
        assertFalse(CrossSiteRequests.fromBrowser(request(Map.of("Host", "localhost"), "http")));
        assertEquals(Optional.of("example.com:443"), CrossSiteRequests.authorityOf("https://Example.com"));
        assertEquals(Optional.empty(), CrossSiteRequests.authorityOf("null"));
    }

    private static boolean fromAnotherSite(Map<String, String> headers) {
        return CrossSiteRequests.fromAnotherSite(request(headers, "http"), Optional.empty());
    }

    @Test
    void onlyAnExtensionsOriginMarksARequestAsSentByABrowserExtension() {
        for (String origin : List.of(
                "chrome-extension://abcdefghijklmnopabcdefghijklmnop",
                "moz-extension://1c2d-33",
                "safari-web-extension://x")) {
            assertTrue(CrossSiteRequests.fromBrowserExtension(request(Map.of("Origin", origin), "http")), origin);
        }
        for (String origin : List.of("https://evil.example", "null", "chrome-extension://", "chrome-extension-x://a")) {
            assertFalse(CrossSiteRequests.fromBrowserExtension(request(Map.of("Origin", origin), "http")), origin);
        }
        assertFalse(CrossSiteRequests.fromBrowserExtension(request(Map.of(), "http")), "no Origin");
    }

    private static HttpServletRequest request(Map<String, String> headers, String scheme) {
        return (HttpServletRequest) Proxy.newProxyInstance(
                CrossSiteRequestsTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getHeader" -> headers.get((String) args[0]);
                    case "getScheme" -> scheme;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
