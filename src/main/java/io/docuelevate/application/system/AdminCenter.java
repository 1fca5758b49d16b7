package io.docuelevate.application.system;

/**
 * Whether Open Liberty's admin center is switched on for this server (a port: the server's configuration knows),
 * so the admin pages link to it only when it is there.
 */
public interface AdminCenter {

    boolean enabled();

    /** The path the admin center answers at (Liberty redirects plain HTTP to its HTTPS port). */
    default String path() {
        return "/adminCenter/";
    }
}
