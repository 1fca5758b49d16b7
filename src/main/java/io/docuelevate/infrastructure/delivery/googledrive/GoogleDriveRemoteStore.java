package io.docuelevate.infrastructure.delivery.googledrive;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.ChunkedUpload;
import io.docuelevate.infrastructure.delivery.CloudFiles;
import io.docuelevate.infrastructure.delivery.CloudJson;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import io.docuelevate.infrastructure.delivery.OAuthAccess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * A Google Drive folder (given by its id) through the Drive API v3. Drive allows several files of one name, so
 * a name is first looked for in the folder and taken names are refused; the upload is resumable (a session, then
 * the bytes in chunks of a multiple of 256 KiB with {@code Content-Range}, continuing where a {@code 308 Resume
 * Incomplete} answer's {@code Range} says). Two deliveries of the same name at the same moment could both pass the
 * look-up; deliveries of one document run one after the other, so this does not happen in practice.
 */
public final class GoogleDriveRemoteStore implements RemoteStore {

    /** Google's unit of resumable chunks. */
    public static final int CHUNK_UNIT = 256 * 1024;

    /** The chunk size used: 8 MiB. */
    public static final int CHUNK = 32 * CHUNK_UNIT;

    private static final String FOLDER_TYPE = "application/vnd.google-apps.folder";
    private static final Pattern RANGE = Pattern.compile("bytes=0-(\\d+)");

    /** The Google hosts: the API (with its upload path) and the token endpoint. */
    public record Endpoints(HttpUrl api, HttpUrl token) {
        public static final Endpoints GOOGLE = new Endpoints(
                HttpUrl.get("https://www.googleapis.com/"), HttpUrl.get("https://oauth2.googleapis.com/token"));
    }

    /** How the store signs in: a user's refresh token or a service account. */
    public sealed interface SignIn {
        /** A user's OAuth client and refresh token. */
        record User(String clientId, String clientSecret, String refreshToken) implements SignIn {
            @Override
            public String toString() {
                return "User[clientId=" + clientId + "]";
            }
        }

        /** A service account's key file, acting for {@code delegateTo} when not empty. */
        record ServiceAccount(String credentialsJson, String delegateTo) implements SignIn {
            @Override
            public String toString() {
                return "ServiceAccount[delegateTo=" + delegateTo + "]";
            }
        }
    }

    private final String store;
    private final String folderId;
    private final Endpoints endpoints;
    private final OkHttpClient http;
    private final OAuthAccess access;
    private final ChunkedUpload chunks;

    public GoogleDriveRemoteStore(String folderId, SignIn signIn, HostGuard hosts, Duration timeout) {
        this(folderId, signIn, hosts, timeout, Endpoints.GOOGLE, CHUNK);
    }

    /**
     * With other hosts and chunk size (tests: a local fake, small chunks).
     *
     * @throws IllegalArgumentException the chunk size is no multiple of 256 KiB, or the service-account key is
     *     malformed
     */
    public GoogleDriveRemoteStore(
            String folderId, SignIn signIn, HostGuard hosts, Duration timeout, Endpoints endpoints, int chunkSize) {
        if (chunkSize <= 0 || chunkSize % CHUNK_UNIT != 0) {
            throw new IllegalArgumentException("the chunk size must be a multiple of 256 KiB");
        }
        this.folderId = folderId.isBlank() ? "root" : folderId.strip();
        this.store = "Google Drive folder " + this.folderId;
        this.endpoints = endpoints;
        this.http = DeliveryHttp.client(hosts, timeout);
        this.access = new OAuthAccess(store, http, endpoints.token(), grant(signIn, endpoints));
        this.chunks = new ChunkedUpload(store, http, chunkSize);
    }

    private static OAuthAccess.Grant grant(SignIn signIn, Endpoints endpoints) {
        if (signIn instanceof SignIn.ServiceAccount account) {
            return new ServiceAccountGrant(
                    account.credentialsJson(),
                    account.delegateTo(),
                    endpoints.token().toString(),
                    Clock.systemUTC());
        }
        SignIn.User user = (SignIn.User) signIn;
        return OAuthAccess.refreshToken(
                user.refreshToken(), Map.of("client_id", user.clientId(), "client_secret", user.clientSecret()));
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        if (!ids(name).isEmpty()) {
            return false;
        }
        long size = CloudFiles.size(store, document.file());
        HttpUrl url = endpoints
                .api()
                .newBuilder()
                .addPathSegments("upload/drive/v3/files")
                .addQueryParameter("uploadType", "resumable")
                .addQueryParameter("supportsAllDrives", "true")
                .build();
        JsonObject metadata = Json.createObjectBuilder()
                .add("name", name)
                .add("parents", Json.createArrayBuilder().add(folderId))
                .build();
        Request start = new Request.Builder()
                .url(url)
                .header("X-Upload-Content-Type", contentType(name))
                .header("X-Upload-Content-Length", Long.toString(size))
                .post(CloudJson.body(metadata))
                .build();
        HttpUrl session;
        try (Response response = access.send("upload of " + name, start)) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, "upload of " + name, response);
            }
            session = sessionUrl(response.header("Location"));
        }
        try (Response response = chunks.upload(session, document.file(), size, GoogleDriveRemoteStore::resumeAt)) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, "upload of " + name, response);
            }
            return true;
        }
    }

    /** The session URL of a resumable upload, accepted only on the API's own host. */
    private HttpUrl sessionUrl(String location) throws RemoteStoreException {
        HttpUrl session = location == null ? null : endpoints.api().resolve(location);
        if (session == null
                || !session.scheme().equals(endpoints.api().scheme())
                || !session.host().equals(endpoints.api().host())
                || session.port() != endpoints.api().port()) {
            throw new RemoteStoreException(store + ": the upload session has no URL on the API host", true);
        }
        return session;
    }

    /** After a {@code 308 Resume Incomplete}: the byte after the last one stored ({@code Range: bytes=0-n}). */
    private static long resumeAt(Response response) {
        if (response.code() != 308) {
            return -1;
        }
        String range = response.header("Range");
        if (range == null) {
            return 0;
        }
        Matcher matcher = RANGE.matcher(range.strip());
        return matcher.matches() ? Long.parseLong(matcher.group(1)) + 1 : 0;
    }

    private static String contentType(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".pdf") ? "application/pdf" : "application/octet-stream";
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        List<RemoteEntry> entries = new ArrayList<>();
        String pageToken = "";
        do {
            JsonObject page = files(
                    "listing",
                    "'" + escaped(folderId) + "' in parents and trashed=false and mimeType!='" + FOLDER_TYPE + "'",
                    "nextPageToken,files(id,name,size,modifiedTime)",
                    pageToken);
            for (JsonValue value : page.getJsonArray("files")) {
                JsonObject file = value.asJsonObject();
                entries.add(new RemoteEntry(
                        file.getString("name"),
                        Long.parseLong(file.getString("size", "0")),
                        file.containsKey("modifiedTime") ? Instant.parse(file.getString("modifiedTime")) : null));
            }
            pageToken = page.getString("nextPageToken", "");
        } while (!pageToken.isEmpty());
        return entries;
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        List<String> ids = ids(name);
        if (ids.isEmpty()) {
            throw new RemoteStoreException(store + ": there is no file " + name, false);
        }
        Request request = new Request.Builder()
                .url(file(ids.get(0)).addQueryParameter("alt", "media").build())
                .build();
        try (Response response = access.send("download of " + name, request)) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, "download of " + name, response);
            }
            CloudFiles.save(store, name, response, target);
        }
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        for (String id : ids(name)) {
            Request request =
                    new Request.Builder().url(file(id).build()).delete().build();
            try (Response response = access.send("deletion of " + name, request)) {
                if (!response.isSuccessful() && response.code() != 404) {
                    throw DeliveryHttp.failure(store, "deletion of " + name, response);
                }
            }
        }
    }

    /** Signs in, reads the user, and checks that the folder exists, is a folder and takes new files. */
    @Override
    public void test() throws RemoteStoreException {
        HttpUrl about = endpoints
                .api()
                .newBuilder()
                .addPathSegments("drive/v3/about")
                .addQueryParameter("fields", "user")
                .build();
        get("sign-in", about);
        HttpUrl folder = file(folderId)
                .addQueryParameter("fields", "id,mimeType,capabilities(canAddChildren)")
                .build();
        Request request = new Request.Builder().url(folder).build();
        JsonObject answer;
        try (Response response = access.send("folder look-up", request)) {
            if (response.code() == 404) {
                throw new RemoteStoreException(
                        store + ": the folder does not exist or is not shared with the account", false);
            }
            answer = json("folder look-up", response);
        }
        if (!FOLDER_TYPE.equals(answer.getString("mimeType", FOLDER_TYPE))) {
            throw new RemoteStoreException(store + ": the id is not a folder's", false);
        }
        JsonObject capabilities = answer.getJsonObject("capabilities");
        if (capabilities != null && !capabilities.getBoolean("canAddChildren", true)) {
            throw new RemoteStoreException(store + ": the account may not add files to the folder", false);
        }
    }

    /** The ids of the files called {@code name} in the folder, not in the trash. */
    private List<String> ids(String name) throws RemoteStoreException {
        JsonObject answer = files(
                "look-up of " + name,
                "name='" + escaped(name) + "' and '" + escaped(folderId) + "' in parents and trashed=false",
                "files(id)",
                "");
        List<String> ids = new ArrayList<>();
        for (JsonValue value : answer.getJsonArray("files")) {
            ids.add(value.asJsonObject().getString("id"));
        }
        return ids;
    }

    private JsonObject files(String action, String query, String fields, String pageToken) throws RemoteStoreException {
        HttpUrl.Builder url = endpoints
                .api()
                .newBuilder()
                .addPathSegments("drive/v3/files")
                .addQueryParameter("q", query)
                .addQueryParameter("fields", fields)
                .addQueryParameter("pageSize", "1000")
                .addQueryParameter("supportsAllDrives", "true")
                .addQueryParameter("includeItemsFromAllDrives", "true");
        if (!pageToken.isEmpty()) {
            url.addQueryParameter("pageToken", pageToken);
        }
        return get(action, url.build());
    }

    private JsonObject get(String action, HttpUrl url) throws RemoteStoreException {
        try (Response response =
                access.send(action, new Request.Builder().url(url).build())) {
            return json(action, response);
        }
    }

    private JsonObject json(String action, Response response) throws RemoteStoreException {
        return CloudJson.answer(store, action, response);
    }

    private HttpUrl.Builder file(String id) {
        return endpoints
                .api()
                .newBuilder()
                .addPathSegments("drive/v3/files")
                .addPathSegment(id)
                .addQueryParameter("supportsAllDrives", "true");
    }

    /** A text inside single quotes of a Drive query: backslash and quote escaped with a backslash. */
    static String escaped(String text) {
        return text.replace("\\", "\\\\").replace("'", "\\'");
    }
}
