package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.model.Task;
import com.meilisearch.sdk.model.TaskError;
import com.meilisearch.sdk.model.TaskStatus;
import io.docuelevate.domain.search.SearchEngineException;
import java.time.Duration;
import java.util.Locale;

/**
 * Waits for Meilisearch tasks (every write is one): polls the task with a growing pause up to the poll
 * interval, until it succeeds, fails or the task timeout ({@code SEARCH_TASK_TIMEOUT}) passes; the last two
 * are errors, so a write that returns is searchable and a failed one is never a silent loss.
 */
final class MeilisearchTasks {

    private final MeilisearchCalls calls;
    private final Duration timeout;
    private final Duration pollInterval;

    MeilisearchTasks(MeilisearchCalls calls, Duration timeout, Duration pollInterval) {
        this.calls = calls;
        this.timeout = timeout;
        this.pollInterval = pollInterval;
    }

    /** Waits until task {@code uid} has succeeded; {@code what} names the work in errors. */
    void await(int uid, String what) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long pause = 10;
        while (true) {
            Task task = calls.call("read task " + uid, client -> client.getTask(uid));
            TaskStatus status = task.getStatus();
            if (status == TaskStatus.SUCCEEDED) {
                return;
            }
            if (status == TaskStatus.FAILED || status == TaskStatus.CANCELED) {
                TaskError error = task.getError();
                throw new SearchEngineException(what + ": Meilisearch task " + uid + " "
                        + status.name().toLowerCase(Locale.ROOT)
                        + (error == null ? "" : " (" + error.getCode() + ": " + error.getMessage() + ")"));
            }
            if (System.nanoTime() > deadline) {
                throw new SearchEngineException(what + ": Meilisearch task " + uid + " did not finish within "
                        + timeout.toSeconds() + " s (SEARCH_TASK_TIMEOUT)");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SearchEngineException(what + ": interrupted while waiting for Meilisearch task " + uid, e);
            }
            pause = Math.min(pollInterval.toMillis(), pause * 2);
        }
    }
}
