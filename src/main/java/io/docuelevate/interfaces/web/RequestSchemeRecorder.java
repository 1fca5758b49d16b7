package io.docuelevate.interfaces.web;

import io.docuelevate.application.system.RequestTraffic;
import io.docuelevate.interfaces.security.ForwardedProto;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Notes how each request arrived (scheme, {@code X-Forwarded-Proto} / {@code Forwarded}, internal or
 * public source) for the readiness report's TLS item, and when {@code /api/health} was polled for its
 * monitoring item. It only observes: every request goes on unchanged. Kubernetes probes are not counted.
 */
@WebFilter(filterName = "requestSchemeRecorder", urlPatterns = "/*")
public class RequestSchemeRecorder extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    RequestTraffic traffic;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            observe(request);
        } catch (RuntimeException e) {
            // observing must never break a request
        }
        chain.doFilter(request, response);
    }

    private void observe(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (isProbe(path)) {
            return;
        }
        boolean internal = isInternal(request.getRemoteAddr());
        String forwardedProto = ForwardedProto.of(request);
        boolean throughProxy = forwardedProto != null;
        RequestTraffic.Arrival arrival = classify(request.isSecure(), forwardedProto, internal);
        traffic.record(arrival, throughProxy, path);
        if ("/api/health".equals(path)) {
            traffic.healthPolled(
                    (internal ? "an internal client" : "a public client") + (throughProxy ? " through a proxy" : ""));
        }
    }

    /** How a request arrived, from the connection's scheme, the proxy's forwarded protocol and the source address. */
    static RequestTraffic.Arrival classify(boolean secureConnection, String forwardedProto, boolean internalSource) {
        if (forwardedProto != null) {
            return forwardedProto.equals("https")
                    ? RequestTraffic.Arrival.SECURE
                    : RequestTraffic.Arrival.PROXIED_INSECURE;
        }
        if (secureConnection) {
            return RequestTraffic.Arrival.SECURE;
        }
        return internalSource ? RequestTraffic.Arrival.INTERNAL_PLAIN : RequestTraffic.Arrival.EXTERNAL_INSECURE;
    }

    static boolean isProbe(String path) {
        return path.startsWith("/health") || path.startsWith("/api/diagnostic/healthz/") || path.equals("/favicon.ico");
    }

    /** Loopback, link-local, site-local (10/8, 172.16/12, 192.168/16) and unique-local IPv6 (fc00::/7) addresses. */
    static boolean isInternal(String address) {
        if (address == null || address.isBlank()) {
            return true;
        }
        try {
            InetAddress inet = InetAddress.getByName(
                    address.startsWith("[") ? address.substring(1, address.length() - 1) : address);
            byte[] bytes = inet.getAddress();
            boolean uniqueLocal = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
            return inet.isLoopbackAddress()
                    || inet.isLinkLocalAddress()
                    || inet.isSiteLocalAddress()
                    || uniqueLocal
                    || inet.isAnyLocalAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
