package io.docuelevate.domain.identity;

import java.util.Set;

/**
 * Who is calling: the owner id documents are stored under, the name to show, the roles, and how the
 * caller proved it (session after a form login, a personal API token, a JWT, or the intake shared secret).
 */
public record Caller(String id, String username, Set<String> roles, AuthMethod method, Long tokenId) {

    public static final String ROLE_ADMIN = "admin";
    public static final String ROLE_USER = "user";

    /** How the caller authenticated. */
    public enum AuthMethod {
        SESSION,
        API_TOKEN,
        JWT,
        /** The machine-intake shared secret: valid for the intake endpoints only, never kept in a session. */
        INTAKE_SECRET
    }

    public Caller {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ROLE_ADMIN);
    }
}
