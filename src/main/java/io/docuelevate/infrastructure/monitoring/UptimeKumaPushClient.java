package io.docuelevate.infrastructure.monitoring;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.core.Response;

/**
 * Uptime Kuma's push endpoint as a MicroProfile Rest Client interface. Built per push with
 * {@code RestClientBuilder} on the whole push URL ({@link UptimeKumaUrl#build}, token in the path, state in
 * the query), so nothing is added to it; closed after each push.
 */
public interface UptimeKumaPushClient extends AutoCloseable {

    @GET
    Response push();

    @Override
    void close();
}
