package io.docuelevate.application.readiness;

import static io.docuelevate.application.readiness.ReadinessRules.HEALTH_POLL_WINDOW;
import static io.docuelevate.application.readiness.ReadinessRules.ago;
import static io.docuelevate.application.readiness.ReadinessRules.item;

import io.docuelevate.application.readiness.ReadinessItem.Status;
import java.time.Duration;

/** The checklist items about the services around the server: Redis, Meilisearch, the Office converter, redundant workers and monitoring. Part of {@link ReadinessRules}. */
final class ServiceRules {

    private ServiceRules() {}

    static ReadinessItem redis(ReadinessSnapshot s) {
        String title = "Redis: running and reachable";
        ReadinessSnapshot.Service r = s.redis();
        if (!r.configured()) {
            return item(
                    "redis",
                    title,
                    Status.FAIL,
                    "REDIS_URL is not set: rate-limit counters live in each replica's memory",
                    "Run Redis on the internal network only and set REDIS_URL=redis://redis:6379/0.");
        }
        if (!r.healthy()) {
            return item(
                    "redis",
                    title,
                    Status.FAIL,
                    "Redis does not answer PING: " + r.detail(),
                    "Check REDIS_URL and that" + " Redis runs and is reachable from every replica.");
        }
        return item(
                "redis",
                title,
                Status.PASS,
                "Redis answers PING (" + r.detail() + ")",
                "Keep Redis reachable from the" + " internal network only (see the NetworkPolicies).");
    }

    static ReadinessItem meilisearch(ReadinessSnapshot s) {
        String title = "Meilisearch: running and reachable";
        ReadinessSnapshot.Service m = s.meilisearch();
        if (!m.configured()) {
            return item(
                    "meilisearch",
                    title,
                    Status.WARN,
                    "MEILISEARCH_URL is not set: the embedded Lucene index serves one" + " replica only",
                    "Run Meilisearch on the internal network, set MEILISEARCH_URL and MEILISEARCH_API_KEY.");
        }
        if (!m.healthy()) {
            return item(
                    "meilisearch",
                    title,
                    Status.FAIL,
                    "Meilisearch is not healthy: " + m.detail(),
                    "Check MEILISEARCH_URL and that Meilisearch runs and is reachable.");
        }
        return item(
                "meilisearch",
                title,
                Status.PASS,
                "Meilisearch is healthy (" + m.detail() + ")",
                "Keep Meilisearch" + " reachable from the internal network only.");
    }

    static ReadinessItem converter(ReadinessSnapshot s) {
        String title = "Office converter: LibreOffice installed";
        ReadinessSnapshot.Service c = s.converter();
        if (!c.configured()) {
            return item(
                    "converter",
                    title,
                    Status.PASS,
                    "conversion is switched off (OFFICE_CONVERSION_ENABLED=false): Office, text and e-mail files"
                            + " are refused with 415",
                    "");
        }
        if (!c.healthy()) {
            return item(
                    "converter",
                    title,
                    Status.FAIL,
                    c.detail() + "; Office, text and e-mail uploads fail at convert_to_pdf",
                    "Install libreoffice-writer-nogui, libreoffice-calc-nogui and libreoffice-impress-nogui on every"
                            + " worker (or set OFFICE_HOME), or switch conversion off with"
                            + " OFFICE_CONVERSION_ENABLED=false.");
        }
        return item("converter", title, Status.PASS, c.detail(), "");
    }

    static ReadinessItem workers(ReadinessSnapshot s) {
        String title = "Worker replicas: at least 2";
        ReadinessSnapshot.Replicas r = s.replicas();
        if (r.error() != null) {
            return item(
                    "worker_replicas",
                    title,
                    Status.FAIL,
                    "heartbeats cannot be read: " + r.error(),
                    "Check the database connection.");
        }
        String evidence = r.liveWorkers() + " live worker replica" + (r.liveWorkers() == 1 ? "" : "s")
                + (r.workerHosts().isEmpty() ? "" : " (" + String.join(", ", r.workerHosts()) + ")") + " of "
                + r.liveTotal()
                + " live replicas, by heartbeats of the last 90 s";
        String fix =
                "Run at least 2 replicas with DOCUELEVATE_ROLE=worker (or all) on the shared database and work directory.";
        if (r.liveWorkers() >= 2) {
            return item("worker_replicas", title, Status.PASS, evidence, "");
        }
        return item("worker_replicas", title, r.liveWorkers() == 1 ? Status.WARN : Status.FAIL, evidence, fix);
    }

    static ReadinessItem monitoring(ReadinessSnapshot s) {
        String title = "Monitoring: health polled or pushed to an uptime checker";
        ReadinessSnapshot.Monitoring m = s.monitoring();
        String metrics = m.metricsOpen()
                ? "/metrics is open for scraping"
                : "/metrics needs Liberty's login (METRICS_AUTHENTICATION=true)";
        if (m.kumaConfigured()) {
            Duration allowed = m.kumaInterval().multipliedBy(2).plusMinutes(1);
            if (m.kumaLastSuccess() != null
                    && Duration.between(m.kumaLastSuccess(), s.now()).compareTo(allowed) <= 0) {
                return item(
                        "monitoring",
                        title,
                        Status.PASS,
                        "Uptime Kuma heartbeat delivered " + ago(s.now(), m.kumaLastSuccess()) + " (every "
                                + m.kumaInterval().toSeconds() + " s); " + metrics,
                        "");
            }
            if (m.kumaLastError() != null) {
                return item(
                        "monitoring",
                        title,
                        Status.FAIL,
                        "UPTIME_KUMA_URL is set but the last push failed: " + m.kumaLastError() + "; " + metrics,
                        "Check UPTIME_KUMA_URL (the push URL of a Push monitor) and that"
                                + " Uptime Kuma is reachable from the server.");
            }
        }
        if (s.traffic().lastHealthPoll() != null
                && Duration.between(s.traffic().lastHealthPoll(), s.now()).compareTo(HEALTH_POLL_WINDOW) <= 0) {
            return item(
                    "monitoring",
                    title,
                    Status.PASS,
                    "/api/health polled " + ago(s.now(), s.traffic().lastHealthPoll()) + " by "
                            + s.traffic().lastHealthPollSource() + "; " + metrics,
                    "");
        }
        return item(
                "monitoring",
                title,
                Status.WARN,
                (m.kumaConfigured() ? "no Uptime Kuma push has gone through yet" : "UPTIME_KUMA_URL is not set")
                        + " and nothing polled /api/health in the last 15 min; " + metrics,
                "Set UPTIME_KUMA_URL to a Push monitor's URL, or let an uptime checker poll /api/health; scrape /metrics"
                        + " with Prometheus.");
    }
}
