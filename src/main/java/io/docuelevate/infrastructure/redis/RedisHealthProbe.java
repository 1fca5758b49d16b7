package io.docuelevate.infrastructure.redis;

import io.docuelevate.domain.health.ComponentHealth;
import io.docuelevate.domain.health.HealthProbe;
import io.docuelevate.infrastructure.config.DatabaseUrl;
import io.docuelevate.infrastructure.config.RedisSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import redis.clients.jedis.Jedis;

/** Redis answers {@code PING} within two seconds (reference spec §3.2); not configured is fine. */
@ApplicationScoped
public class RedisHealthProbe implements HealthProbe {

    static final int TIMEOUT_MILLIS = 2000;

    @Inject
    RedisSettings settings;

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public boolean critical() {
        return false;
    }

    @Override
    public ComponentHealth probe() {
        Optional<String> url = settings.url();
        if (url.isEmpty()) {
            return ComponentHealth.notConfigured();
        }
        long started = System.nanoTime();
        try (Jedis jedis = new Jedis(URI.create(url.get()), TIMEOUT_MILLIS)) {
            jedis.ping();
            return ComponentHealth.ok(Map.of("latency_ms", (System.nanoTime() - started) / 1_000_000));
        } catch (RuntimeException e) {
            Throwable root = e;
            while (root.getCause() != null) {
                root = root.getCause();
            }
            return ComponentHealth.error(
                    DatabaseUrl.mask(root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage()));
        }
    }
}
