package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Conversion of Office, text and e-mail files to PDF: whether it is on, where LibreOffice is installed, how
 * long one conversion may take and how many conversions one office process serves before it is replaced.
 * Not the reference's names: the reference sends files to a Gotenberg server ({@code GOTENBERG_URL}), this
 * server runs LibreOffice itself.
 */
@ApplicationScoped
public class ConversionSettings {

    @Inject
    @ConfigProperty(name = "OFFICE_CONVERSION_ENABLED")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "OFFICE_HOME")
    Optional<String> officeHome;

    @Inject
    @ConfigProperty(name = "OFFICE_TASK_TIMEOUT")
    String taskTimeout;

    @Inject
    @ConfigProperty(name = "OFFICE_MAX_TASKS_PER_PROCESS")
    String maxTasksPerProcess;

    public boolean enabled() {
        return enabled;
    }

    /** The LibreOffice installation ({@code program/soffice.bin} below it); empty = look in the usual places. */
    public Optional<String> officeHome() {
        return officeHome.map(String::trim).filter(s -> !s.isEmpty());
    }

    /** How long one conversion may run before it fails (and the office process is restarted). */
    public Duration taskTimeout() {
        return Duration.ofSeconds(positive("OFFICE_TASK_TIMEOUT", taskTimeout, 86_400));
    }

    /** Conversions one office process serves before it is restarted (bounds leaks in long-running LibreOffice). */
    public int maxTasksPerProcess() {
        return (int) positive("OFFICE_MAX_TASKS_PER_PROCESS", maxTasksPerProcess, 1_000_000);
    }

    static long positive(String name, String value, long max) {
        try {
            long parsed = Long.parseLong(value.trim().replace("_", ""));
            if (parsed > 0 && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException | NullPointerException e) {
            // reported below with the setting's name
        }
        throw new InvalidConfigurationException(
                name + " '" + value + "' is invalid: use a whole number from 1 to " + max);
    }
}
