package io.docuelevate.domain.search;

/**
 * The search engine could not do what was asked: unreachable, refused the request, a task failed or did not
 * finish in time. The message is safe to show to a client (no keys, no internal addresses beyond the host).
 */
public class SearchEngineException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SearchEngineException(String message) {
        super(message);
    }

    public SearchEngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
