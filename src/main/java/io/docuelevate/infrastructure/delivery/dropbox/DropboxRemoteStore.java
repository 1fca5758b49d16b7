package io.docuelevate.infrastructure.delivery.dropbox;

import io.docuelevate.domain.delivery.DeliveredDocument;
import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteEntry;
import io.docuelevate.domain.delivery.RemoteStore;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.infrastructure.delivery.CloudFiles;
import io.docuelevate.infrastructure.delivery.CloudJson;
import io.docuelevate.infrastructure.delivery.DeliveryHttp;
import io.docuelevate.infrastructure.delivery.FileServers;
import io.docuelevate.infrastructure.delivery.FileSlice;
import io.docuelevate.infrastructure.delivery.OAuthAccess;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * A Dropbox folder through Dropbox's HTTP API. Files are added with {@code mode=add, autorename=false}, so a name
 * already taken is refused by Dropbox itself ({@code path/conflict}) and nothing is overwritten; files above the
 * single-request limit (150 MB) go in an upload session (start, append_v2, finish with the same commit).
 */
public final class DropboxRemoteStore implements RemoteStore {

    /** The largest file Dropbox takes in one {@code /2/files/upload} request. */
    public static final long UPLOAD_LIMIT = 150L * 1024 * 1024;

    /** The part of an upload session sent per request: a multiple of 4 MiB, as Dropbox recommends. */
    public static final int CHUNK = 8 * 1024 * 1024;

    /** The Dropbox hosts: the RPC API, the content API (uploads and downloads) and the token endpoint. */
    public record Endpoints(HttpUrl api, HttpUrl content, HttpUrl token) {
        public static final Endpoints DROPBOX = new Endpoints(
                HttpUrl.get("https://api.dropboxapi.com/"),
                HttpUrl.get("https://content.dropboxapi.com/"),
                HttpUrl.get("https://api.dropboxapi.com/oauth2/token"));
    }

    private static final RequestBody EMPTY = RequestBody.create(new byte[0]);

    private final String store;
    private final String folder;
    private final Endpoints endpoints;
    private final OAuthAccess access;
    private final long uploadLimit;
    private final int chunkSize;

    public DropboxRemoteStore(DropboxAccount account, HostGuard hosts, Duration timeout) {
        this(account, hosts, timeout, Endpoints.DROPBOX, UPLOAD_LIMIT, CHUNK);
    }

    /** With other hosts and limits (tests: a local fake and a small session threshold). */
    public DropboxRemoteStore(
            DropboxAccount account,
            HostGuard hosts,
            Duration timeout,
            Endpoints endpoints,
            long uploadLimit,
            int chunkSize) {
        if (chunkSize <= 0 || uploadLimit <= 0) {
            throw new IllegalArgumentException("the upload limit and chunk size must be positive");
        }
        this.store = "Dropbox " + (account.folder().isEmpty() ? "/" : account.folder());
        this.folder = account.folder();
        this.endpoints = endpoints;
        this.uploadLimit = uploadLimit;
        this.chunkSize = chunkSize;
        OkHttpClient http = DeliveryHttp.client(hosts, timeout);
        this.access = new OAuthAccess(
                store,
                http,
                endpoints.token(),
                OAuthAccess.refreshToken(
                        account.refreshToken(),
                        Map.of("client_id", account.appKey(), "client_secret", account.appSecret())));
    }

    @Override
    public boolean putIfAbsent(String name, DeliveredDocument document) throws RemoteStoreException {
        String path = path(name);
        long size = CloudFiles.size(store, document.file());
        if (size <= uploadLimit) {
            try (Response response = content(
                    "upload of " + name,
                    "2/files/upload",
                    commit(path),
                    new FileSlice(document.file(), 0, size, FileSlice.OCTET_STREAM))) {
                return committed(name, "upload of " + name, response);
            }
        }
        return uploadInSession(name, path, document.file(), size);
    }

    private boolean uploadInSession(String name, String path, Path file, long size) throws RemoteStoreException {
        long offset = Math.min(chunkSize, size);
        String session;
        try (Response response = content(
                "upload session start for " + name,
                "2/files/upload_session/start",
                Json.createObjectBuilder().add("close", false).build(),
                new FileSlice(file, 0, offset, FileSlice.OCTET_STREAM))) {
            session = answer("upload session start for " + name, response).getString("session_id");
        }
        while (offset < size) {
            long length = Math.min(chunkSize, size - offset);
            JsonObject arg = Json.createObjectBuilder()
                    .add("cursor", cursor(session, offset))
                    .add("close", false)
                    .build();
            try (Response response = content(
                    "upload session append for " + name,
                    "2/files/upload_session/append_v2",
                    arg,
                    new FileSlice(file, offset, length, FileSlice.OCTET_STREAM))) {
                if (!response.isSuccessful()) {
                    throw DeliveryHttp.failure(store, "upload session append for " + name, response);
                }
            }
            offset += length;
        }
        JsonObject finish = Json.createObjectBuilder()
                .add("cursor", cursor(session, size))
                .add("commit", commit(path))
                .build();
        try (Response response =
                content("upload session finish for " + name, "2/files/upload_session/finish", finish, EMPTY)) {
            return committed(name, "upload session finish for " + name, response);
        }
    }

    private static JsonObject cursor(String session, long offset) {
        return Json.createObjectBuilder()
                .add("session_id", session)
                .add("offset", offset)
                .build();
    }

    private static JsonObject commit(String path) {
        return Json.createObjectBuilder()
                .add("path", path)
                .add("mode", "add")
                .add("autorename", false)
                .add("mute", true)
                .build();
    }

    /** True when stored, false when Dropbox refused the name as taken ({@code path/conflict}). */
    private boolean committed(String name, String action, Response response) throws RemoteStoreException {
        if (response.isSuccessful()) {
            return true;
        }
        if (response.code() == 409 && summary(response).startsWith("path/conflict")) {
            return false;
        }
        throw DeliveryHttp.failure(store, action, response);
    }

    @Override
    public List<RemoteEntry> list() throws RemoteStoreException {
        List<RemoteEntry> entries = new ArrayList<>();
        JsonObject page;
        try (Response response = rpc(
                "listing",
                "2/files/list_folder",
                Json.createObjectBuilder()
                        .add("path", folder)
                        .add("recursive", false)
                        .build())) {
            if (response.code() == 409 && summary(response).startsWith("path/not_found")) {
                return List.of();
            }
            page = answer("listing", response);
        }
        while (true) {
            for (JsonValue value : page.getJsonArray("entries")) {
                JsonObject entry = value.asJsonObject();
                if ("file".equals(entry.getString(".tag", ""))) {
                    entries.add(new RemoteEntry(
                            entry.getString("name"),
                            entry.getJsonNumber("size").longValue(),
                            Instant.parse(entry.getString("server_modified"))));
                }
            }
            if (!page.getBoolean("has_more", false)) {
                return entries;
            }
            JsonObject next = Json.createObjectBuilder()
                    .add("cursor", page.getString("cursor"))
                    .build();
            try (Response response = rpc("listing", "2/files/list_folder/continue", next)) {
                page = answer("listing", response);
            }
        }
    }

    @Override
    public void get(String name, Path target) throws RemoteStoreException {
        JsonObject arg = Json.createObjectBuilder().add("path", path(name)).build();
        try (Response response = content("download of " + name, "2/files/download", arg, EMPTY)) {
            if (response.code() == 409 && summary(response).startsWith("path/not_found")) {
                throw new RemoteStoreException(store + ": there is no file " + name, false);
            }
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, "download of " + name, response);
            }
            CloudFiles.save(store, name, response, target);
        }
    }

    @Override
    public void delete(String name) throws RemoteStoreException {
        JsonObject arg = Json.createObjectBuilder().add("path", path(name)).build();
        try (Response response = rpc("deletion of " + name, "2/files/delete_v2", arg)) {
            if (!response.isSuccessful()
                    && !(response.code() == 409 && summary(response).startsWith("path_lookup/not_found"))) {
                throw DeliveryHttp.failure(store, "deletion of " + name, response);
            }
        }
    }

    /** Signs in, reads the account and lists the folder; a folder that does not exist yet is made by the first upload. */
    @Override
    public void test() throws RemoteStoreException {
        Request account = new Request.Builder()
                .url(endpoints.api().resolve("2/users/get_current_account"))
                .post(EMPTY)
                .build();
        try (Response response = access.send("sign-in", account)) {
            if (!response.isSuccessful()) {
                throw DeliveryHttp.failure(store, "sign-in", response);
            }
        }
        JsonObject arg =
                Json.createObjectBuilder().add("path", folder).add("limit", 1).build();
        try (Response response = rpc("listing", "2/files/list_folder", arg)) {
            if (!response.isSuccessful()
                    && !(response.code() == 409 && summary(response).startsWith("path/not_found"))) {
                throw DeliveryHttp.failure(store, "listing", response);
            }
        }
    }

    private String path(String name) throws RemoteStoreException {
        return folder + "/" + FileServers.fileName(store, name);
    }

    /** A call of the RPC API: the argument as the JSON body. */
    private Response rpc(String action, String endpoint, JsonObject arg) throws RemoteStoreException {
        Request request = new Request.Builder()
                .url(endpoints.api().resolve(endpoint))
                .post(CloudJson.body(arg))
                .build();
        return access.send(action, request);
    }

    /** A call of the content API: the argument in the {@code Dropbox-API-Arg} header, the bytes as the body. */
    private Response content(String action, String endpoint, JsonObject arg, RequestBody body)
            throws RemoteStoreException {
        Request request = new Request.Builder()
                .url(endpoints.content().resolve(endpoint))
                .header("Dropbox-API-Arg", CloudJson.header(arg))
                .post(body)
                .build();
        return access.send(action, request);
    }

    private JsonObject answer(String action, Response response) throws RemoteStoreException {
        return CloudJson.answer(store, action, response);
    }

    /** Dropbox's {@code error_summary} of a 409 answer ({@code path/conflict/file/..}). */
    private static String summary(Response response) {
        return CloudJson.field(response, "error_summary");
    }
}
