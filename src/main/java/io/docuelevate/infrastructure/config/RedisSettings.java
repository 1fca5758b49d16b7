package io.docuelevate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Redis (rate-limit counters shared by replicas). Unset {@code REDIS_URL} means the in-memory fallbacks. */
@ApplicationScoped
public class RedisSettings {

    @Inject
    @ConfigProperty(name = "REDIS_URL")
    Optional<String> redisUrl;

    public Optional<String> url() {
        return redisUrl.map(String::trim).filter(s -> !s.isEmpty());
    }
}
