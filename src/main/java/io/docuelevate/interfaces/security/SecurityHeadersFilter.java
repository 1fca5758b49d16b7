package io.docuelevate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Map;

/**
 * Adds the security headers ({@link SecurityHeaders}) to every response: pages, {@code /api/*}, errors,
 * and the 413 and 429 answers of the filters after it (it runs first: {@code web.xml} declares the order). The headers
 * are set before the request is handled, so a resource that needs a stricter value for one response
 * (a preview's sandbox policy) can still replace it; a response reset re-adds them. A session started on a request
 * that came over TLS gets a {@code Secure} cookie ({@link SecureSessionCookie}).
 */
public class SecurityHeadersFilter extends ProtectionFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest seen = SecureSessionCookie.onTls(request, response, protection.arrivedOverTls(request));
        Map<String, String> headers = protection.securityHeaders();
        if (headers.isEmpty()) {
            chain.doFilter(seen, response);
            return;
        }
        headers.forEach(response::setHeader);
        chain.doFilter(seen, new HttpServletResponseWrapper(response) {
            @Override
            public void reset() {
                super.reset();
                headers.forEach(response::setHeader);
            }
        });
    }
}
