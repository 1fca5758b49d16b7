package io.docuelevate.domain.document;

import java.util.Locale;

/** State of one pipeline step of one document, stored and shown in lower case as in the reference. */
public enum StepStatus {
    PENDING,
    IN_PROGRESS,
    SUCCESS,
    FAILURE,
    SKIPPED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StepStatus fromValue(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

    public boolean isTerminal() {
        return this == SUCCESS || this == FAILURE || this == SKIPPED;
    }
}
