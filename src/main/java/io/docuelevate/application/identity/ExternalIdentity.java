package io.docuelevate.application.identity;

import java.util.Set;

/**
 * Who an outside party vouched for: the issuer of a verified bearer JWT or the OpenID Connect provider
 * after a login. {@link Logins#callerOf}
 * turns it into a caller, mapping the groups to roles.
 */
public record ExternalIdentity(String subject, String username, Set<String> groups) {

    public ExternalIdentity {
        groups = Set.copyOf(groups);
    }
}
