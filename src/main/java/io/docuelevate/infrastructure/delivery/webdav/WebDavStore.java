package io.docuelevate.infrastructure.delivery.webdav;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Credentials;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A folder on a WebDAV server (Nextcloud included). Puts are {@code PUT} with {@code If-None-Match: *}, so a taken
 * name is refused by the server itself (412) and never overwritten; missing folder levels are made with
 * {@code MKCOL} when the server says the parent is missing; listing is {@code PROPFIND Depth: 1}.
 */
public final class WebDavStore implements RemoteStore {

    private static final Logger LOG = Logger.getLogger(WebDavStore.class.getName());
    private static final Set<String> WARNED_UNVERIFIED = ConcurrentHashMap.newKeySet();
    private static final MediaType XML = MediaType.get("application/xml; charset=utf-8");
    private static final MediaType PDF = MediaType.get("application/pdf");
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    private static final String PROPFIND = "<?xml version=\"1.0\" encoding=\"utf-8\"?>"
            + "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:getcontentlength/><d:getlastmodified/>"
            + "</d:prop></d:propfind>";

    private final WebDavTarget target;
    private final String store;
    private final OkHttpClient client;

    /** A store reaching its server only through {@code hosts}, each request bounded by {@code timeout}. */
    public WebDavStore(WebDavTarget target, HostGuard hosts, Duration timeout) {
        this.target = target;
        this.store = target.label();
        OkHttpClient guarded = DeliveryHttp.client(hosts, timeout);
        this.client = target.verifySsl() ? guarded : trustingAnyCertificate(guarded);
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        if (!Files.isReadable(document.file())) {
            throw new RemoteStoreException(
                    store + ": cannot read " + document.file().getFileName(), false);
        }
        MediaType type = name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? PDF : OCTETS;
        Request put = new Request.Builder()
                .url(fileUrl(name))
                .header("If-None-Match", "*")
                .put(RequestBody.create(document.file().toFile(), type))
                .build();
        int code = status("PUT " + name, put, 200, 201, 204, 412, 404, 409);
        if (code == 404 || code == 409) {
            createFolder();
            code = status("PUT " + name, put, 200, 201, 204, 412);
        }
        return code != 412;
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        HttpUrl folder = folderUrl(target.folder().size());
        Request propfind = propfind(folder, "1");
        try (Response response = execute("PROPFIND " + folderName(), propfind)) {
            if (response.code() == 404) {
                throw new RemoteStoreException(store + ": folder " + folderName() + " not found", false);
            }
            if (response.code() != 207) {
                throw failure("PROPFIND " + folderName(), response);
            }
            List<String> folderPath = withoutEmpty(folder.pathSegments());
            List<RemoteEntry> entries = new ArrayList<>();
            try (InputStream body = response.body().byteStream()) {
                for (Multistatus.Resource resource : Multistatus.parse(body)) {
                    HttpUrl url = folder.resolve(resource.href());
                    List<String> path = url == null ? List.of() : withoutEmpty(url.pathSegments());
                    boolean child = path.size() == folderPath.size() + 1
                            && path.subList(0, folderPath.size()).equals(folderPath);
                    if (child && !resource.collection()) {
                        entries.add(new RemoteEntry(path.get(path.size() - 1), resource.size(), resource.modified()));
                    }
                }
            } catch (IOException e) {
                throw DeliveryHttp.failure(store, "PROPFIND " + folderName(), e);
            }
            return entries;
        }
    }

    @Override
    public void get(String name, Path file) throws RemoteStoreException {
        Request get = new Request.Builder().url(fileUrl(name)).get().build();
        try (Response response = execute("GET " + name, get)) {
            if (response.code() == 404) {
                throw new RemoteStoreException(store + ": " + name + " not found in " + folderName(), false);
            }
            if (!response.isSuccessful()) {
                throw failure("GET " + name, response);
            }
            try (InputStream body = response.body().byteStream()) {
                Files.copy(body, file, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw DeliveryHttp.failure(store, "GET " + name, e);
            }
        }
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        Request delete = new Request.Builder().url(fileUrl(name)).delete().build();
        try (Response response = execute("DELETE " + name, delete)) {
            if (!response.isSuccessful() && response.code() != 404) {
                throw failure("DELETE " + name, response);
            }
        }
    }

    /** The folder answers PROPFIND (it is made when missing, as the first delivery would), and a probe file can be
     * written and deleted. */
    @Override
    public void test() throws RemoteStoreException {
        Request propfind = propfind(folderUrl(target.folder().size()), "0");
        if (status("PROPFIND " + folderName(), propfind, 207, 404) == 404) {
            createFolder();
        }
        String probe = ".docuelevate-test-" + UUID.randomUUID() + ".txt";
        Request put = new Request.Builder()
                .url(fileUrl(probe))
                .header("If-None-Match", "*")
                .put(RequestBody.create("DocuElevate connection test\n".getBytes(StandardCharsets.UTF_8), OCTETS))
                .build();
        status("PUT " + probe, put, 200, 201, 204);
        delete(probe);
    }

    /** MKCOL for each level of the folder below the root; an existing level answers 405 and is fine. */
    private void createFolder() throws RemoteStoreException {
        for (int level = 1; level <= target.folder().size(); level++) {
            Request mkcol = new Request.Builder()
                    .url(folderUrl(level))
                    .method("MKCOL", null)
                    .build();
            status("MKCOL " + folderName(), mkcol, 200, 201, 405);
        }
    }

    /** Executes {@code request} and answers its status when it is one of {@code expected}; fails otherwise. */
    private int status(String action, Request request, int... expected) throws RemoteStoreException {
        try (Response response = execute(action, request)) {
            int code = response.code();
            if (Arrays.stream(expected).anyMatch(e -> e == code)) {
                return code;
            }
            throw failure(action, response);
        }
    }

    private Response execute(String action, Request request) throws RemoteStoreException {
        Request.Builder authorised = request.newBuilder();
        if (!target.username().isEmpty()) {
            authorised.header(
                    "Authorization", Credentials.basic(target.username(), target.password(), StandardCharsets.UTF_8));
        }
        try {
            return client.newCall(authorised.build()).execute();
        } catch (IOException e) {
            throw DeliveryHttp.failure(store, action, e);
        }
    }

    private RemoteStoreException failure(String action, Response response) {
        if (response.code() == 401) {
            return new RemoteStoreException(
                    store + ": authentication failed for user '" + target.username() + "' (HTTP 401 on " + action + ")",
                    false);
        }
        return DeliveryHttp.failure(store, action, response);
    }

    private static Request propfind(HttpUrl url, String depth) {
        return new Request.Builder()
                .url(url)
                .header("Depth", depth)
                .method("PROPFIND", RequestBody.create(PROPFIND, XML))
                .build();
    }

    /** The URL of the first {@code levels} folder levels, with a trailing slash (a collection). */
    private HttpUrl folderUrl(int levels) {
        HttpUrl.Builder url = target.root().newBuilder();
        target.folder().subList(0, levels).forEach(url::addPathSegment);
        return url.addPathSegment("").build();
    }

    private HttpUrl fileUrl(String name) {
        HttpUrl.Builder url = target.root().newBuilder();
        target.folder().forEach(url::addPathSegment);
        return url.addPathSegment(name).build();
    }

    private String folderName() {
        return "/" + String.join("/", target.folder());
    }

    private static List<String> withoutEmpty(List<String> segments) {
        return segments.stream().filter(s -> !s.isEmpty()).toList();
    }

    /**
     * The same client trusting any certificate and host name: {@code WEBDAV_VERIFY_SSL=false}, for this store only
     * (self-signed intranet servers). Warned about once per server.
     */
    private OkHttpClient trustingAnyCertificate(OkHttpClient guarded) {
        if (WARNED_UNVERIFIED.add(target.root().host() + ":" + target.root().port())) {
            LOG.warning(store + ": TLS certificate verification is off (VERIFY_SSL=false); whoever is on the way"
                    + " to the server can read the documents and the password");
        }
        X509TrustManager anyCertificate = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                // any client: this side never authenticates clients
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
                // any server: verification switched off by the administrator or the integration's owner
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        try {
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {anyCertificate}, null);
            return guarded.newBuilder()
                    .sslSocketFactory(tls.getSocketFactory(), anyCertificate)
                    .hostnameVerifier((host, session) -> true)
                    .build();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("TLS is not available in this JVM", e);
        }
    }
}
