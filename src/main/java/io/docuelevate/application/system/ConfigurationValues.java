package io.docuelevate.application.system;

import java.util.List;

/**
 * The settings the application reads and their effective values, as the configuration knows them (a port: the
 * typed configuration beans in infrastructure implement it). Values are raw; {@link ConfigurationReport} masks them.
 */
public interface ConfigurationValues {

    /** One setting: its name, effective value (null when unset) and where the value came from. */
    record Setting(String name, String value, Source source) {}

    /** Where an effective value came from. */
    enum Source {
        ENVIRONMENT,
        DOTENV,
        DEFAULT,
        OTHER,
        UNSET
    }

    /** Every setting the application binds, sorted by name. */
    List<Setting> settings();
}
