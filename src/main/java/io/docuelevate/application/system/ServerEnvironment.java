package io.docuelevate.application.system;

/** Port: what this server is (version, role) and whether its basic configuration can work. */
public interface ServerEnvironment {

    /** Validates the settings the server cannot start without; throws {@link StartupFailure} naming the bad one. */
    void checkConfiguration();

    String version();

    /** The role in lower case: {@code all}, {@code api} or {@code worker}. */
    String role();

    /** Whether this replica serves HTTP only and runs no workers. */
    boolean apiOnly();
}
