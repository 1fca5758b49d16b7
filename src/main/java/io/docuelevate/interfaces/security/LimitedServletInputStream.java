package io.docuelevate.interfaces.security;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.IOException;

/** Counts what the application reads and fails with {@link RequestBodyTooLargeException} past the limit. */
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
        int b = in.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = in.read(buffer, offset, length);
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

    private void counted(int n) {
        count += n;
        if (count > limit.maxBytes()) {
            throw limit.trip();
        }
    }
}
