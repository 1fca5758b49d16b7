package io.docuelevate.interfaces.security;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The response side of a streamed body limit: once the body went over its limit, whatever the
 * application still answers (a 400 "upload interrupted", a 500 from a reader that wrapped the error)
 * is dropped, so that {@link RequestBodyLimitFilter} can give the 413 instead. Until then everything
 * passes through unchanged.
 */
final class BodyLimitedResponse extends HttpServletResponseWrapper {

    private final BodyLimit limit;
    private ServletOutputStream stream;
    private PrintWriter writer;

    BodyLimitedResponse(HttpServletResponse response, BodyLimit limit) {
        super(response);
        this.limit = limit;
    }

    private boolean dropped() {
        return limit.exceeded();
    }

    /** Applies a change of status, headers or buffer unless the body went over its limit. */
    private void unlessDropped(Runnable change) {
        if (!dropped()) {
            change.run();
        }
    }

    private void unlessDroppedIo(IoChange change) throws IOException {
        if (!dropped()) {
            change.apply();
        }
    }

    /** A response change that may fail with an {@link IOException}. */
    @FunctionalInterface
    private interface IoChange {
        void apply() throws IOException;
    }

    @Override
    public void setStatus(int sc) {
        unlessDropped(() -> super.setStatus(sc));
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        unlessDroppedIo(() -> super.sendError(sc, msg));
    }

    @Override
    public void sendError(int sc) throws IOException {
        unlessDroppedIo(() -> super.sendError(sc));
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        unlessDroppedIo(() -> super.sendRedirect(location));
    }

    @Override
    public void setHeader(String name, String value) {
        unlessDropped(() -> super.setHeader(name, value));
    }

    @Override
    public void addHeader(String name, String value) {
        unlessDropped(() -> super.addHeader(name, value));
    }

    @Override
    public void setIntHeader(String name, int value) {
        unlessDropped(() -> super.setIntHeader(name, value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        unlessDropped(() -> super.addIntHeader(name, value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        unlessDropped(() -> super.setDateHeader(name, date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        unlessDropped(() -> super.addDateHeader(name, date));
    }

    @Override
    public void addCookie(Cookie cookie) {
        unlessDropped(() -> super.addCookie(cookie));
    }

    @Override
    public void setContentType(String type) {
        unlessDropped(() -> super.setContentType(type));
    }

    @Override
    public void setCharacterEncoding(String charset) {
        unlessDropped(() -> super.setCharacterEncoding(charset));
    }

    @Override
    public void setContentLength(int len) {
        unlessDropped(() -> super.setContentLength(len));
    }

    @Override
    public void setContentLengthLong(long len) {
        unlessDropped(() -> super.setContentLengthLong(len));
    }

    @Override
    public void flushBuffer() throws IOException {
        unlessDroppedIo(() -> super.flushBuffer());
    }

    @Override
    public void reset() {
        unlessDropped(() -> super.reset());
    }

    @Override
    public void resetBuffer() {
        unlessDropped(() -> super.resetBuffer());
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
        if (stream == null) {
            stream = new GuardedOutputStream();
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        if (writer == null) {
            writer = new PrintWriter(new GuardedWriter());
        }
        return writer;
    }

    /** Obtains the real stream only when something is written before the limit tripped. */
    private final class GuardedOutputStream extends ServletOutputStream {
        private ServletOutputStream real;

        private ServletOutputStream real() throws IOException {
            if (real == null) {
                real = BodyLimitedResponse.super.getOutputStream();
            }
            return real;
        }

        @Override
        public void write(int b) throws IOException {
            if (!dropped()) {
                real().write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (!dropped()) {
                real().write(b, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!dropped() && real != null) {
                real.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!dropped() && real != null) {
                real.close();
            }
        }

        @Override
        public boolean isReady() {
            try {
                return dropped() || real().isReady();
            } catch (IOException e) {
                return false;
            }
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            try {
                real().setWriteListener(listener);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The writer counterpart of {@link GuardedOutputStream}. */
    private final class GuardedWriter extends Writer {
        private PrintWriter real;

        private PrintWriter real() throws IOException {
            if (real == null) {
                real = BodyLimitedResponse.super.getWriter();
            }
            return real;
        }

        @Override
        public void write(char[] buffer, int off, int len) throws IOException {
            if (!dropped()) {
                real().write(buffer, off, len);
            }
        }

        @Override
        public void flush() throws IOException {
            if (!dropped() && real != null) {
                real.flush();
            }
        }

        @Override
        public void close() throws IOException {
            if (!dropped() && real != null) {
                real.close();
            }
        }
    }
}
