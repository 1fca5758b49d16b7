package io.docuelevate.infrastructure.delivery;

import io.docuelevate.domain.delivery.RemoteStoreException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.ToLongFunction;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Sends a file to an upload session (Google Drive's resumable upload, OneDrive's upload session) in chunks by
 * {@code PUT} with {@code Content-Range: bytes first-last/total}, each chunk starting where the server's
 * intermediate answer says it wants the next byte, until an answer that is not intermediate. The session URL
 * itself authorises the upload, so no {@code Authorization} header is sent to it.
 */
public final class ChunkedUpload {

    private final String store;
    private final OkHttpClient http;
    private final int chunkSize;

    public ChunkedUpload(String store, OkHttpClient http, int chunkSize) {
        this.store = store;
        this.http = http;
        this.chunkSize = chunkSize;
    }

    /**
     * Uploads {@code file} ({@code size} bytes) to {@code session}.
     *
     * @param nextOffset for an answer, the offset of the next byte the server wants, or -1 when the answer is not
     *     intermediate (finished or failed)
     * @return the first answer that is not intermediate; the caller closes it
     */
    public Response upload(HttpUrl session, Path file, long size, ToLongFunction<Response> nextOffset)
            throws RemoteStoreException {
        long offset = 0;
        while (true) {
            long length = Math.min(chunkSize, size - offset);
            String range = size == 0 ? "bytes */0" : "bytes " + offset + "-" + (offset + length - 1) + "/" + size;
            Request put = new Request.Builder()
                    .url(session)
                    .header("Content-Range", range)
                    .put(new FileSlice(file, offset, length, FileSlice.OCTET_STREAM))
                    .build();
            Response response;
            try {
                response = http.newCall(put).execute();
            } catch (IOException e) {
                throw DeliveryHttp.failure(store, "upload of bytes " + offset + "-" + (offset + length), e);
            }
            long next = nextOffset.applyAsLong(response);
            if (next < 0) {
                return response;
            }
            response.close();
            if (next <= offset || next > size) {
                throw new RemoteStoreException(
                        store + ": the upload session asked for byte " + next + " after bytes " + offset + "-"
                                + (offset + length) + " were sent",
                        true);
            }
            offset = next;
        }
    }
}
