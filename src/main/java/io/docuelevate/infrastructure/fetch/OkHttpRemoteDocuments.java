package io.docuelevate.infrastructure.fetch;

import io.docuelevate.application.intake.IntakeOptions;
import io.docuelevate.domain.intake.RemoteDocument;
import io.docuelevate.domain.intake.RemoteDocuments;
import io.docuelevate.domain.intake.RemoteFetchException;
import io.docuelevate.domain.intake.RemoteFetchException.Reason;
import io.docuelevate.domain.intake.TargetAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * {@link RemoteDocuments} with OkHttp and the SSRF guard. For each hop (the URL, then every redirect, at most
 * {@value #MAX_REDIRECTS}): the host is judged as written ({@link TargetAddresses#judgeHost}), a name is resolved
 * once and every address it resolves to must pass, and only those checked addresses are handed to OkHttp (pinned
 * {@code Dns}); the socket checks the address again before it connects ({@link GuardedSockets}). Hosts in {@code
 * URL_UPLOAD_ALLOW_HOSTS} skip only the address-class check. {@code HTTP_REQUEST_TIMEOUT} bounds the whole download,
 * redirects included; {@code URL_UPLOAD_CONNECT_TIMEOUT} each connection attempt. No proxy, no cookies, no
 * transparent decompression (the size limit counts the bytes stored).
 */
@ApplicationScoped
public class OkHttpRemoteDocuments implements RemoteDocuments {

    static final int MAX_REDIRECTS = 5;

    @Inject
    IntakeOptions options;

    @Override
    public RemoteDocument fetch(URI url) {
        long deadline = System.nanoTime() + options.urlTotalTimeout().toNanos();
        Map<String, List<InetAddress>> pinned = new ConcurrentHashMap<>();
        Set<InetAddress> approved = ConcurrentHashMap.newKeySet();
        OkHttpClient client = new OkHttpClient.Builder()
                .dns(host -> {
                    List<InetAddress> addresses = pinned.get(host);
                    if (addresses == null) {
                        throw new UnknownHostException("Refused: " + host + " was not checked");
                    }
                    return addresses;
                })
                .socketFactory(new GuardedSockets(approved))
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(options.urlConnectTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(options.urlTotalTimeout().toMillis(), TimeUnit.MILLISECONDS)
                .build();
        HttpUrl current = httpUrl(url);
        for (int hop = 0; ; hop++) {
            check(current, pinned, approved);
            Response response = execute(client, current, deadline);
            int code = response.code();
            if (code >= 300 && code < 400 && response.header("Location") != null) {
                String location = response.header("Location");
                response.close();
                if (hop >= MAX_REDIRECTS) {
                    throw new RemoteFetchException(
                            Reason.REFUSED, "Too many redirects (more than " + MAX_REDIRECTS + ")");
                }
                HttpUrl next = current.resolve(location);
                if (next == null) {
                    throw new RemoteFetchException(
                            Reason.REFUSED, "Unsafe redirect: only http and https targets are followed");
                }
                current = next;
                continue;
            }
            if (code < 200 || code >= 300) {
                response.close();
                throw new RemoteFetchException(
                        Reason.UPSTREAM_STATUS,
                        code,
                        "The remote server answered HTTP " + code + " for " + show(current));
            }
            return new Fetched(response, current);
        }
    }

    private static HttpUrl httpUrl(URI url) {
        try {
            return HttpUrl.get(url.toString());
        } catch (IllegalArgumentException e) {
            throw new RemoteFetchException(Reason.REFUSED, "Invalid URL: " + e.getMessage());
        }
    }

    /** Judges one hop's host and pins the addresses it may connect to. */
    private void check(HttpUrl url, Map<String, List<InetAddress>> pinned, Set<InetAddress> approved) {
        String host = url.host();
        String name = trimDots(host.toLowerCase(java.util.Locale.ROOT));
        boolean allowed = options.urlAllowHosts().contains(name);
        if (allowed) {
            List<InetAddress> addresses = resolve(host);
            approved.addAll(addresses);
            pinned.put(host, addresses);
            return;
        }
        TargetAddresses.Host judged = TargetAddresses.judgeHost(host);
        if (judged instanceof TargetAddresses.Refused refused) {
            throw new RemoteFetchException(Reason.REFUSED, "URL not allowed: " + refused.reason());
        }
        if (judged instanceof TargetAddresses.Literal literal) {
            pinned.put(host, List.of(literal.address()));
            return;
        }
        List<InetAddress> addresses = resolve(((TargetAddresses.Name) judged).name());
        for (InetAddress address : addresses) {
            Optional<String> refusal = TargetAddresses.refusal(address);
            if (refusal.isPresent()) {
                throw new RemoteFetchException(
                        Reason.REFUSED, "URL not allowed: '" + host + "' resolves to " + refusal.get());
            }
        }
        pinned.put(host, addresses);
    }

    private static List<InetAddress> resolve(String host) {
        try {
            return Arrays.stream(InetAddress.getAllByName(host))
                    .sorted(Comparator.comparingInt(a -> a.getAddress().length))
                    .toList();
        } catch (UnknownHostException e) {
            throw new RemoteFetchException(Reason.UNREACHABLE, "Cannot resolve the host '" + host + "'");
        }
    }

    private static Response execute(OkHttpClient client, HttpUrl url, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw new RemoteFetchException(Reason.TIMEOUT, "Timed out fetching " + show(url));
        }
        Request request = new Request.Builder()
                .url(url)
                .header("Accept-Encoding", "identity")
                .header("User-Agent", "DocuElevate URL upload")
                .get()
                .build();
        okhttp3.Call call = client.newCall(request);
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        try {
            return call.execute();
        } catch (IOException e) {
            throw translate(e, url);
        }
    }

    private static RemoteFetchException translate(IOException e, HttpUrl url) {
        Optional<Throwable> refused = causes(e)
                .filter(c -> c instanceof GuardedSockets.RefusedAddressException
                        || (c instanceof UnknownHostException
                                && String.valueOf(c.getMessage()).startsWith("Refused")))
                .findFirst();
        if (refused.isPresent()) {
            return new RemoteFetchException(
                    Reason.REFUSED, "URL not allowed: " + refused.get().getMessage());
        }
        if (causes(e).anyMatch(c -> c instanceof InterruptedIOException)) {
            return new RemoteFetchException(Reason.TIMEOUT, "Timed out fetching " + show(url));
        }
        String why = e instanceof java.net.ConnectException
                ? "connection refused"
                : e instanceof java.net.NoRouteToHostException ? "no route to host" : "the connection failed";
        return new RemoteFetchException(Reason.UNREACHABLE, "Cannot connect to " + show(url) + ": " + why);
    }

    private static java.util.stream.Stream<Throwable> causes(Throwable e) {
        java.util.List<Throwable> all = new java.util.ArrayList<>();
        for (Throwable c = e; c != null && all.size() < 10; c = c.getCause()) {
            all.add(c);
            all.addAll(Arrays.asList(c.getSuppressed()));
        }
        return all.stream();
    }

    private static String trimDots(String host) {
        String h = host;
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    /** The URL without credentials, query or fragment, for messages. */
    static String show(HttpUrl url) {
        return url.scheme() + "://" + (url.host().contains(":") ? "[" + url.host() + "]" : url.host()) + ":"
                + url.port() + url.encodedPath();
    }

    /** A response being read. */
    private record Fetched(Response response, HttpUrl url) implements RemoteDocument {

        @Override
        public InputStream body() {
            ResponseBody body = response.body();
            return body == null ? InputStream.nullInputStream() : body.byteStream();
        }

        @Override
        public long declaredLength() {
            ResponseBody body = response.body();
            return body == null ? -1 : body.contentLength();
        }

        @Override
        public Optional<String> suggestedFilename() {
            Optional<String> disposition = ContentDispositionName.of(response.header("Content-Disposition"));
            if (disposition.isPresent()) {
                return disposition;
            }
            List<String> segments = url.pathSegments();
            String last = segments.isEmpty() ? "" : segments.get(segments.size() - 1);
            return last.isBlank() ? Optional.empty() : Optional.of(last);
        }

        @Override
        public void close() {
            response.close();
        }
    }
}
