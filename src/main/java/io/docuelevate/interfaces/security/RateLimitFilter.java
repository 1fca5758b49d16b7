package io.docuelevate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Rate limiting ({@code RATE_LIMITING_ENABLED}, default on) per {@link RateLimitPolicy}: 429 with
 * {@code Retry-After} and {@code {"detail": "Rate limit exceeded: 10 per 1 minute"}}. It runs before any
 * resource and before access control ({@code web.xml} declares the order), so unknown paths and refused
 * requests count too. The caller is the authenticated user when the authentication mechanism established
 * one ({@link HttpServletRequest#getUserPrincipal()}), else the client address ({@link TrustedProxies}). An upload
 * the server refuses (400 or more) gives its place in the per-user upload window back.
 */
public class RateLimitFilter extends ProtectionFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (protection.admitRate(request, response)) {
            boolean completed = false;
            try {
                chain.doFilter(request, response);
                completed = true;
            } finally {
                protection.releaseRefusedUpload(request, response, completed);
            }
        }
    }
}
