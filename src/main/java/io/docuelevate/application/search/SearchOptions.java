package io.docuelevate.application.search;

import java.time.Duration;
import java.util.Optional;

/** The search settings the application obeys (read from configuration). */
public interface SearchOptions {

    /** Whether search is on at all; when off, nothing is indexed and nothing is reconciled. */
    boolean enabled();

    /** The period of the search sync; empty when the sync is off. */
    Optional<Duration> syncInterval();
}
