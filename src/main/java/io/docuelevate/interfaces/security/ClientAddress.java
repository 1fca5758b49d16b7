package io.docuelevate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;

/** The client's address as recorded in audit records and token usage: the direct peer of the server. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
