package io.docuelevate.infrastructure.config;

import java.util.Optional;

/** An optional setting's text without surrounding blanks; a blank value counts as unset. */
final class OptionalText {

    private OptionalText() {}

    static Optional<String> trimmed(Optional<String> value) {
        return value.map(String::trim).filter(s -> !s.isEmpty());
    }
}
