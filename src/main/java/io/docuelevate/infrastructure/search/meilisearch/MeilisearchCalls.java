package io.docuelevate.infrastructure.search.meilisearch;

import com.meilisearch.sdk.Client;
import com.meilisearch.sdk.Config;
import com.meilisearch.sdk.exceptions.MeilisearchApiException;
import com.meilisearch.sdk.exceptions.MeilisearchCommunicationException;
import com.meilisearch.sdk.exceptions.MeilisearchException;
import com.meilisearch.sdk.exceptions.MeilisearchTimeoutException;
import io.docuelevate.domain.search.SearchEngineException;
import java.net.URI;
import java.util.Optional;

/**
 * One Meilisearch server through the official Java client, and what its failures mean: every call the engine
 * refuses or cannot answer becomes a {@link SearchEngineException} that names the server's host and the
 * engine's error code, never the API key. Used by the search adapter and by the backup's dump request.
 */
public final class MeilisearchCalls {

    /** One call of the client. */
    public interface Call<T> {
        T run(Client client) throws MeilisearchException;
    }

    private final String url;
    private final Client client;

    /** Calls to the server at {@code url} (trailing slashes dropped), with the key as Bearer token when there is one. */
    public MeilisearchCalls(String url, Optional<String> apiKey) {
        this.url = url.replaceAll("/+$", "");
        this.client = new Client(new Config(this.url, apiKey.orElse("")));
    }

    /** Runs {@code call}; {@code what} completes "cannot …" in the error ("create a dump"). */
    public <T> T call(String what, Call<T> call) {
        try {
            return call.run(client);
        } catch (MeilisearchException e) {
            throw failure(what, e);
        } catch (RuntimeException e) {
            if (e instanceof SearchEngineException engineFailure) {
                throw engineFailure;
            }
            throw new SearchEngineException(
                    "cannot " + what + ": " + e.getClass().getSimpleName(), e);
        }
    }

    /** The server's host and port, for messages (the URL may carry credentials in its user part). */
    String host() {
        URI uri = URI.create(url);
        return uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "");
    }

    SearchEngineException failure(String what, MeilisearchException e) {
        if (e instanceof MeilisearchApiException api) {
            return new SearchEngineException(
                    "Meilisearch refused to " + what + " (" + api.getCode() + ": " + api.getMessage() + ")", e);
        }
        if (e instanceof MeilisearchCommunicationException || e instanceof MeilisearchTimeoutException) {
            return new SearchEngineException(
                    "cannot reach Meilisearch at " + host() + " to " + what + " (" + rootCause(e) + ")", e);
        }
        return new SearchEngineException("cannot " + what + " in Meilisearch (" + rootCause(e) + ")", e);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
