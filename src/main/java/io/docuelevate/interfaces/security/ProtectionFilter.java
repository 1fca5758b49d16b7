package io.docuelevate.interfaces.security;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpFilter;

/**
 * Base of the three request-protection filters (security headers, body limits, rate limits), which
 * {@code web.xml} declares in that order; each applies one part of {@link RequestProtection}.
 */
public abstract class ProtectionFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RequestProtection protection;
}
