package io.docuelevate.infrastructure.delivery.onedrive;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.ChunkedUpload;
import io.docuelevate.infrastructure.delivery.CloudFiles;
import io.docuelevate.infrastructure.delivery.CloudJson;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import io.docuelevate.infrastructure.delivery.FileServers;
import io.docuelevate.infrastructure.delivery.FileSlice;
import io.docuelevate.infrastructure.delivery.OAuthAccess;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A OneDrive folder through Microsoft Graph, addressed by path under the drive's root. Uploads ask Graph to fail
 * on a taken name ({@code @microsoft.graph.conflictBehavior=fail}, answered 409 {@code nameAlreadyExists}), so
 * nothing is overwritten; files above the simple-upload limit (4 MB) go in an upload session whose URL takes the
 * chunks (multiples of 320 KiB, {@code Content-Range}) without the {@code Authorization} header, as Graph documents.
 * Missing folders of the path are made by the upload.
 */
public final class OneDriveRemoteStore implements RemoteStore {

    /** The largest file sent in one {@code PUT …:/content}. */
    public static final long SIMPLE_UPLOAD_LIMIT = 4L * 1024 * 1024;

    /** Graph's unit of upload-session chunks. */
    public static final int CHUNK_UNIT = 320 * 1024;

    /** The chunk size used: 10 MiB. */
    public static final int CHUNK = 32 * CHUNK_UNIT;

    static final String SCOPE = "offline_access Files.ReadWrite";
    private static final String FAIL_ON_CONFLICT = "@microsoft.graph.conflictBehavior=fail";

    /** The Microsoft hosts: Graph and the identity platform (the token endpoint is per tenant). */
    public record Endpoints(HttpUrl graph, HttpUrl login) {
        public static final Endpoints MICROSOFT = new Endpoints(
                HttpUrl.get("https://graph.microsoft.com/v1.0/"), HttpUrl.get("https://login.microsoftonline.com/"));
    }

    private final String store;
    private final List<String> folder;
    private final Endpoints endpoints;
    private final OkHttpClient http;
    private final OAuthAccess access;
    private final ChunkedUpload chunks;
    private final long simpleUploadLimit;

    public OneDriveRemoteStore(OneDriveAccount account, HostGuard hosts, Duration timeout) {
        this(account, hosts, timeout, Endpoints.MICROSOFT, SIMPLE_UPLOAD_LIMIT, CHUNK);
    }

    /**
     * With other hosts and limits (tests: a local fake, a small session threshold).
     *
     * @throws IllegalArgumentException the chunk size is no multiple of 320 KiB
     */
    public OneDriveRemoteStore(
            OneDriveAccount account,
            HostGuard hosts,
            Duration timeout,
            Endpoints endpoints,
            long simpleUploadLimit,
            int chunkSize) {
        if (chunkSize <= 0 || chunkSize % CHUNK_UNIT != 0) {
            throw new IllegalArgumentException("the chunk size must be a multiple of 320 KiB");
        }
        this.store = "OneDrive /" + account.folder();
        this.folder = OneDriveAccount.segments(account.folder());
        this.endpoints = endpoints;
        this.simpleUploadLimit = simpleUploadLimit;
        this.http = DeliveryHttp.client(hosts, timeout);
        Map<String, String> app = new LinkedHashMap<>();
        app.put("client_id", account.clientId());
        if (!account.clientSecret().isEmpty()) {
            app.put("client_secret", account.clientSecret());
        }
        app.put("scope", SCOPE);
        HttpUrl token = endpoints
                .login()
                .newBuilder()
                .addPathSegment(account.tenant())
                .addPathSegments("oauth2/v2.0/token")
                .build();
        this.access = new OAuthAccess(store, http, token, OAuthAccess.refreshToken(account.refreshToken(), app));
        this.chunks = new ChunkedUpload(store, http, chunkSize);
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        long size = CloudFiles.size(store, document.file());
        String action = "upload of " + name;
        if (size <= simpleUploadLimit) {
            Request put = new Request.Builder()
                    .url(item(name, "content").encodedQuery(FAIL_ON_CONFLICT).build())
                    .put(new FileSlice(document.file(), 0, size, FileSlice.OCTET_STREAM))
                    .build();
            try (Response response = access.send(action, put)) {
                return created(action, response);
            }
        }
        JsonObject body = Json.createObjectBuilder()
                .add("item", Json.createObjectBuilder().add("@microsoft.graph.conflictBehavior", "fail"))
                .build();
        Request create = new Request.Builder()
                .url(item(name, "createUploadSession").build())
                .post(CloudJson.body(body))
                .build();
        HttpUrl session;
        try (Response response = access.send(action, create)) {
            if (taken(response)) {
                return false;
            }
            String url = CloudJson.answer(store, action, response).getString("uploadUrl", "");
            session = HttpUrl.parse(url);
            if (session == null) {
                throw new RemoteStoreException(store + ": the upload session has no valid URL", true);
            }
        }
        try (Response response = chunks.upload(session, document.file(), size, OneDriveRemoteStore::nextExpected)) {
            return created(action, response);
        }
    }

    /** True when the file was made, false when Graph refused the taken name. */
    private boolean created(String action, Response response) throws RemoteStoreException {
        if (response.isSuccessful()) {
            return true;
        }
        if (taken(response)) {
            return false;
        }
        throw DeliveryHttp.failure(store, action, response);
    }

    private static boolean taken(Response response) {
        return response.code() == 409 && "nameAlreadyExists".equals(errorCode(response));
    }

    private static String errorCode(Response response) {
        JsonValue error = CloudJson.error(response).get("error");
        return error instanceof JsonObject object ? object.getString("code", "") : "";
    }

    /** After {@code 202 Accepted}: the start of the first of {@code nextExpectedRanges} ({@code "26-"}). */
    private static long nextExpected(Response response) {
        if (response.code() != 202) {
            return -1;
        }
        JsonArray ranges = CloudJson.error(response).getJsonArray("nextExpectedRanges");
        if (ranges == null || ranges.isEmpty()) {
            return 0;
        }
        String first = ranges.getString(0, "0-");
        int dash = first.indexOf('-');
        try {
            return Long.parseLong(dash < 0 ? first : first.substring(0, dash));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        List<RemoteEntry> entries = new ArrayList<>();
        HttpUrl next = children()
                .addQueryParameter("$select", "name,size,lastModifiedDateTime,file")
                .addQueryParameter("$top", "200")
                .build();
        while (next != null) {
            JsonObject page;
            try (Response response =
                    access.send("listing", new Request.Builder().url(next).build())) {
                if (response.code() == 404) {
                    return List.of();
                }
                page = CloudJson.answer(store, "listing", response);
            }
            for (JsonValue value : page.getJsonArray("value")) {
                JsonObject item = value.asJsonObject();
                if (item.containsKey("file")) {
                    entries.add(new RemoteEntry(
                            item.getString("name"),
                            item.getJsonNumber("size").longValue(),
                            item.containsKey("lastModifiedDateTime")
                                    ? Instant.parse(item.getString("lastModifiedDateTime"))
                                    : null));
                }
            }
            next = nextLink(page.getString("@odata.nextLink", ""));
        }
        return entries;
    }

    /** The next page of a listing, followed (with the token) only on Graph's own host. */
    private HttpUrl nextLink(String link) throws RemoteStoreException {
        if (link.isEmpty()) {
            return null;
        }
        HttpUrl url = HttpUrl.parse(link);
        HttpUrl graph = endpoints.graph();
        if (url == null
                || !url.scheme().equals(graph.scheme())
                || !url.host().equals(graph.host())
                || url.port() != graph.port()) {
            throw new RemoteStoreException(store + ": the listing's next page is not on the Graph host", false);
        }
        return url;
    }

    /** Downloads through the pre-authenticated URL Graph redirects to (fetched without the token). */
    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        String action = "download of " + name;
        Request request =
                new Request.Builder().url(item(name, "content").build()).build();
        try (Response response = access.send(action, request)) {
            if (response.code() == 404) {
                throw new RemoteStoreException(store + ": there is no file " + name, false);
            }
            if (response.isRedirect() && response.header("Location") != null) {
                HttpUrl location = response.request().url().resolve(response.header("Location"));
                if (location == null) {
                    throw new RemoteStoreException(store + ": " + action + " redirected to no valid URL", true);
                }
                download(action, name, location, target);
                return;
            }
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, action, response);
            }
            CloudFiles.save(store, name, response, target);
        }
    }

    private void download(String action, String name, HttpUrl location, Path target) throws RemoteStoreException {
        try (Response response =
                http.newCall(new Request.Builder().url(location).build()).execute()) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, action, response);
            }
            CloudFiles.save(store, name, response, target);
        } catch (IOException e) {
            throw DeliveryHttp.failure(store, action, e);
        }
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        Request request =
                new Request.Builder().url(item(name, null).build()).delete().build();
        try (Response response = access.send("deletion of " + name, request)) {
            if (!response.isSuccessful() && response.code() != 404) {
                throw DeliveryHttp.failure(store, "deletion of " + name, response);
            }
        }
    }

    /** Signs in, reads the drive, and checks the folder path: missing is fine (the upload makes it), a file is not. */
    @Override
    public void test() throws RemoteStoreException {
        HttpUrl drive =
                endpoints.graph().newBuilder().addPathSegments("me/drive").build();
        try (Response response =
                access.send("sign-in", new Request.Builder().url(drive).build())) {
            CloudJson.answer(store, "sign-in", response);
        }
        HttpUrl.Builder folderItem = endpoints.graph().newBuilder().addPathSegments("me/drive");
        if (folder.isEmpty()) {
            folderItem.addPathSegment("root");
        } else {
            folderItem.addPathSegment("root:");
            folder.forEach(folderItem::addPathSegment);
        }
        try (Response response = access.send(
                "folder look-up", new Request.Builder().url(folderItem.build()).build())) {
            if (response.code() == 404) {
                return;
            }
            if (!CloudJson.answer(store, "folder look-up", response).containsKey("folder")) {
                throw new RemoteStoreException(store + ": the folder path names a file", false);
            }
        }
    }

    /**
     * {@code me/drive/root:/<folder>/<name>} or, with {@code action}, {@code me/drive/root:/<folder>/<name>:/<action>}
     * (each part percent-encoded).
     */
    private HttpUrl.Builder item(String name, String action) throws RemoteStoreException {
        HttpUrl.Builder url =
                endpoints.graph().newBuilder().addPathSegments("me/drive").addPathSegment("root:");
        folder.forEach(url::addPathSegment);
        String plain = FileServers.fileName(store, name);
        if (action == null) {
            return url.addPathSegment(plain);
        }
        return url.addPathSegment(plain + ":").addPathSegment(action);
    }

    /** {@code me/drive/root/children} or {@code me/drive/root:/<folder>:/children}. */
    private HttpUrl.Builder children() {
        HttpUrl.Builder url = endpoints.graph().newBuilder().addPathSegments("me/drive");
        if (folder.isEmpty()) {
            return url.addPathSegment("root").addPathSegment("children");
        }
        url.addPathSegment("root:");
        for (int i = 0; i < folder.size() - 1; i++) {
            url.addPathSegment(folder.get(i));
        }
        return url.addPathSegment(folder.get(folder.size() - 1) + ":").addPathSegment("children");
    }
}
