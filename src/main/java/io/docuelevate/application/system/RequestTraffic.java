package io.docuelevate.application.system;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How requests have been reaching this replica since it started: over HTTPS (directly or through a proxy
 * that says {@code X-Forwarded-Proto: https}), as plain HTTP from outside, or as plain HTTP from internal
 * addresses (probes, in-cluster jobs); and when {@code /api/health} was last polled. The readiness
 * report judges TLS and monitoring from it.
 */
@ApplicationScoped
public class RequestTraffic {

    /** How one request arrived. */
    public enum Arrival {
        /** Direct HTTPS, or through a proxy that received it over HTTPS. */
        SECURE,
        /** Through a proxy that received it over plain HTTP. */
        PROXIED_INSECURE,
        /** Plain HTTP straight from a public address. */
        EXTERNAL_INSECURE,
        /** Plain HTTP from loopback or a private network (probes, in-cluster callers). */
        INTERNAL_PLAIN
    }

    private final AtomicLong secure = new AtomicLong();
    private final AtomicLong proxiedInsecure = new AtomicLong();
    private final AtomicLong externalInsecure = new AtomicLong();
    private final AtomicLong internalPlain = new AtomicLong();
    private final AtomicLong proxied = new AtomicLong();
    private volatile Instant lastSecure;
    private volatile String lastInsecure;
    private volatile Instant lastHealthPoll;
    private volatile String lastHealthPollSource;

    public void record(Arrival arrival, boolean throughProxy, String path) {
        if (throughProxy) {
            proxied.incrementAndGet();
        }
        switch (arrival) {
            case SECURE -> {
                secure.incrementAndGet();
                lastSecure = Instant.now();
            }
            case PROXIED_INSECURE -> {
                proxiedInsecure.incrementAndGet();
                lastInsecure = path + " through a proxy with X-Forwarded-Proto: http at " + Instant.now();
            }
            case EXTERNAL_INSECURE -> {
                externalInsecure.incrementAndGet();
                lastInsecure = path + " over plain HTTP from a public address at " + Instant.now();
            }
            case INTERNAL_PLAIN -> internalPlain.incrementAndGet();
        }
    }

    public void healthPolled(String source) {
        lastHealthPoll = Instant.now();
        lastHealthPollSource = source;
    }

    public long secure() {
        return secure.get();
    }

    public long proxiedInsecure() {
        return proxiedInsecure.get();
    }

    public long externalInsecure() {
        return externalInsecure.get();
    }

    public long internalPlain() {
        return internalPlain.get();
    }

    public long proxied() {
        return proxied.get();
    }

    public Instant lastSecure() {
        return lastSecure;
    }

    public String lastInsecure() {
        return lastInsecure;
    }

    public Instant lastHealthPoll() {
        return lastHealthPoll;
    }

    public String lastHealthPollSource() {
        return lastHealthPollSource;
    }
}
