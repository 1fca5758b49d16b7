package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * What the HTTP-based adapters (WebDAV, Nextcloud, Paperless-ngx, Dropbox, Google Drive, OneDrive) share: an
 * OkHttp client that reaches hosts only through the store's {@link HostGuard} (its answer is the address connected
 * to, so DNS cannot change between check and connection), follows no redirects (a redirect could leave the guarded
 * host) and uses no proxy; and the translation of failures into {@link RemoteStoreException}s whose message names
 * the store and the cause, transient for connection failures, time-outs, 408, 429 and 5xx.
 */
public final class DeliveryHttp {

    /** The longest part of an error body quoted in a failure message. */
    static final int QUOTED_BODY = 200;

    /** The hosts OkHttp connects to without asking its Dns: IPv6 and dotted-number IPv4 literals (its own rule). */
    private static final Pattern ADDRESS_LITERAL = Pattern.compile("[0-9a-fA-F]*:[0-9a-fA-F:.]*|[\\d.]+");

    private DeliveryHttp() {}

    /**
     * A client for one store: {@code timeout} bounds connecting and each read or write. OkHttp asks its Dns only
     * for names, so a request to an address literal ({@code http://10.0.0.5/}) is put to the guard first.
     */
    public static OkHttpClient client(HostGuard hosts, Duration timeout) {
        return new OkHttpClient.Builder()
                .dns(host -> List.of(guarded(hosts, host)))
                .addInterceptor(chain -> {
                    String host = chain.request().url().host();
                    if (ADDRESS_LITERAL.matcher(host).matches()) {
                        guarded(hosts, host);
                    }
                    return chain.proceed(chain.request());
                })
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .writeTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .build();
    }

    private static InetAddress guarded(HostGuard hosts, String host) throws UnknownHostException {
        try {
            return hosts.resolve(host);
        } catch (RemoteStoreException e) {
            UnknownHostException unknown = new UnknownHostException(e.getMessage());
            unknown.initCause(e);
            throw unknown;
        }
    }

    /**
     * The failure for an answer that is not a success: "{@code store}: {@code action} answered HTTP 507
     * Insufficient Storage: <first 200 characters of the body>". Reads and closes nothing; the caller closes.
     */
    public static RemoteStoreException failure(String store, String action, Response response) {
        int code = response.code();
        String body = "";
        try {
            body = response.peekBody(QUOTED_BODY).string().strip().replaceAll("\\s+", " ");
        } catch (IOException | RuntimeException e) {
            body = "";
        }
        String message = store + ": " + action + " answered HTTP " + code
                + (response.message().isEmpty() ? "" : " " + response.message())
                + (body.isEmpty() ? "" : ": " + body);
        return new RemoteStoreException(message, transientStatus(code));
    }

    /** The failure for a request that got no answer: refused or broken connection, time-out, unknown or refused host. */
    public static RemoteStoreException failure(String store, String action, IOException e) {
        if (e instanceof UnknownHostException && e.getCause() instanceof RemoteStoreException refused) {
            return new RemoteStoreException(store + ": " + refused.getMessage(), refused.isTransient(), e);
        }
        String cause = e instanceof InterruptedIOException
                ? "timed out"
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new RemoteStoreException(store + ": " + action + " failed: " + cause, true, e);
    }

    /** Whether an HTTP status is worth retrying later: 408, 429 and every 5xx. */
    public static boolean transientStatus(int code) {
        return code == 408 || code == 429 || code >= 500;
    }
}
