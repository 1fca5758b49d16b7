package io.docuelevate.interfaces.security;

import io.docuelevate.application.ratelimit.RateLimiter;
import io.docuelevate.application.ratelimit.RequestProtectionSettings;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Logger;

/**
 * Checks the protection settings at start-up and says in one line what is in force. A bad value (a
 * limit that does not parse, a malformed {@code TRUSTED_PROXIES} entry or {@code REDIS_URL}) stops the
 * server with one clear line and exit code 1, like the other start-up checks, instead of failing the
 * first request.
 */
@ApplicationScoped
public class ProtectionStartup {

    private static final Logger LOG = Logger.getLogger(ProtectionStartup.class.getName());

    @Inject
    RequestProtectionSettings settings;

    @Inject
    RateLimiter limiter;

    void onStartup(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) Startup event) {
        try {
            settings.validate();
            TrustedProxies proxies = TrustedProxies.parse(settings.trustedProxies());
            if (settings.rateLimitingEnabled()) {
                limiter.checkConfiguration();
            }
            warnIfLibertyCapsUploads();
            LOG.info(() -> "Protection: rate limiting "
                    + (settings.rateLimitingEnabled()
                            ? "on (" + limiter.storage() + "; " + RateLimitPolicy.from(settings) + ")"
                            : "off")
                    + "; trusted proxies " + proxies
                    + "; security headers " + (settings.securityHeadersEnabled() ? "on" : "off")
                    + "; body limits " + settings.maxUploadSize() + " bytes for uploads, "
                    + settings.maxRequestBodySize()
                    + " bytes for other requests");
        } catch (RuntimeException invalidSetting) {
            stop(invalidSetting.getMessage());
        }
    }

    private void warnIfLibertyCapsUploads() {
        long liberty = settings.httpMessageSizeLimit();
        if (liberty >= 0 && liberty < settings.maxUploadSize()) {
            LOG.warning("HTTP_MESSAGE_SIZE_LIMIT (" + liberty
                    + " bytes, Liberty's MessageSizeLimit) is below MAX_UPLOAD_SIZE ("
                    + settings.maxUploadSize()
                    + " bytes): Liberty cuts larger uploads off before the application can answer;"
                    + " set HTTP_MESSAGE_SIZE_LIMIT to MAX_UPLOAD_SIZE plus about 1 MiB");
        }
    }

    private static void stop(String reason) {
        LOG.severe("DocuElevate cannot start: " + reason);
        Thread exit = new Thread(() -> System.exit(1), "docuelevate-startup-abort");
        exit.setDaemon(false);
        exit.start();
    }
}
