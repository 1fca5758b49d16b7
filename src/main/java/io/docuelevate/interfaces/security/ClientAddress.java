package io.docuelevate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The client's address as recorded in audit records and token usage: the address {@link RequestProtection}
 * resolved through trusted proxies ({@code TRUSTED_PROXIES}) before authentication, else the direct peer.
 * A client's own {@code X-Forwarded-For} is never believed, so it cannot forge the address in the audit log.
 */
public final class ClientAddress {

    static final String ATTRIBUTE = ClientAddress.class.getName();

    private ClientAddress() {}

    public static String of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String resolved ? resolved : request.getRemoteAddr();
    }
}
