package io.docuelevate.interfaces.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/**
 * Counts what the application reads and fails with {@link RequestBodyTooLargeException} past the limit. Liberty's
 * own cap ({@code MessageSizeLimit}) surfacing during the read becomes the same exception, so the client gets
 * the JSON 413 instead of a 500.
 */
final class LimitedServletInputStream extends ServletInputStream {

    private final ServletInputStream in;
    private final BodyLimit limit;
    private long count;

    LimitedServletInputStream(ServletInputStream in, BodyLimit limit) {
        this.in = in;
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b;
        try {
            b = in.read();
        } catch (IOException e) {
            throw serverCap(e);
        }
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n;
        try {
            n = in.read(buffer, offset, length);
        } catch (IOException e) {
            throw serverCap(e);
        }
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public boolean isFinished() {
        return in.isFinished();
    }

    @Override
    public boolean isReady() {
        return in.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
        in.setReadListener(listener);
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Liberty's {@code MessageTooLargeException} (an SPI type, matched by name) becomes ours; other failures stay. */
    private IOException serverCap(IOException error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause.getClass().getSimpleName().equals("MessageTooLargeException")) {
                throw limit.tripServerCap();
            }
        }
        return error;
    }

    private void counted(int n) {
        count += n;
        if (count > limit.maxBytes()) {
            throw limit.trip();
        }
    }
}
