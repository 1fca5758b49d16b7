package io.docuelevate.infrastructure.delivery;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A part of a file as a request body, read from the file each time it is sent (never held in memory), so a large
 * upload goes in chunks and a request can be sent again after a 401.
 */
public final class FileSlice extends RequestBody {

    public static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private final Path file;
    private final long offset;
    private final long length;
    private final MediaType type;

    public FileSlice(Path file, long offset, long length, MediaType type) {
        this.file = file;
        this.offset = offset;
        this.length = length;
        this.type = type;
    }

    @Override
    public MediaType contentType() {
        return type;
    }

    @Override
    public long contentLength() {
        return length;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long written = 0;
            while (written < length) {
                long n = channel.transferTo(
                        offset + written, length - written, Channels.newChannel(sink.outputStream()));
                if (n <= 0) {
                    throw new IOException("the file ended before byte " + (offset + length));
                }
                written += n;
            }
        }
        sink.flush();
    }
}
