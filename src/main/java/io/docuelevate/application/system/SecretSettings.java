package io.docuelevate.application.system;

import java.util.Optional;

/** The secrets start-up checks before the server accepts sign-ins (read from configuration). */
public interface SecretSettings {

    boolean authEnabled();

    Optional<String> sessionSecret();

    Optional<String> adminPassword();
}
