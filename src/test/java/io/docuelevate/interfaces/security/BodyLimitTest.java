package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class BodyLimitTest {

    @Test
    void aBodyOfExactlyTheLimitIsReadInFull() throws IOException {
        BodyLimit limit = new BodyLimit(10, "MAX_REQUEST_BODY_SIZE");
        LimitedServletInputStream in = new LimitedServletInputStream(servletStream(new byte[10]), limit);
        assertArrayEquals(new byte[10], in.readAllBytes());
        assertFalse(limit.exceeded());
    }

    @Test
    void oneByteMoreFailsWithThe413DetailAndMarksTheLimit() {
        BodyLimit limit = new BodyLimit(10, "MAX_REQUEST_BODY_SIZE");
        LimitedServletInputStream in = new LimitedServletInputStream(servletStream(new byte[11]), limit);
        RequestBodyTooLargeException error = assertThrows(RequestBodyTooLargeException.class, in::readAllBytes);
        assertTrue(limit.exceeded());
        assertEquals(
                "Request body too large: more than 10 bytes were sent (maximum allowed: 10 bytes). Adjust the "
                        + "MAX_REQUEST_BODY_SIZE environment variable to change this limit. See SECURITY_AUDIT.md for details.",
                error.getMessage());
    }

    @Test
    void singleByteReadsAreCountedToo() throws IOException {
        BodyLimit limit = new BodyLimit(2, "MAX_UPLOAD_SIZE");
        LimitedServletInputStream in = new LimitedServletInputStream(servletStream(new byte[3]), limit);
        in.read();
        in.read();
        assertThrows(RequestBodyTooLargeException.class, in::read);
    }

    @Test
    void libertysOwnCapDuringTheReadBecomesThe413() throws IOException {
        BodyLimit limit = new BodyLimit(100, "MAX_REQUEST_BODY_SIZE");
        ServletInputStream capped = new ServletInputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("read failed", new MessageTooLargeException());
            }

            @Override
            public boolean isFinished() {
                return false;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
        RequestBodyTooLargeException error = assertThrows(
                RequestBodyTooLargeException.class, () -> new LimitedServletInputStream(capped, limit).read());
        assertTrue(limit.exceeded());
        assertTrue(error.getMessage().contains("HTTP_MESSAGE_SIZE_LIMIT"), error.getMessage());

        ServletInputStream broken = servletStream(new byte[0]);
        assertEquals(
                -1, new LimitedServletInputStream(broken, new BodyLimit(1, "X")).read(), "other streams are untouched");
    }

    /** Stands in for Liberty's {@code com.ibm.wsspi.http.channel.exception.MessageTooLargeException}. */
    static final class MessageTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void theDeclaredMessageFollowsTheReference() {
        assertEquals(
                "Request body too large: 2097152 bytes (maximum allowed: 1048576 bytes). Adjust the MAX_UPLOAD_SIZE "
                        + "environment variable to change this limit. See SECURITY_AUDIT.md for details.",
                new BodyLimit(1048576, "MAX_UPLOAD_SIZE").declaredMessage(2097152));
    }

    @Test
    void jsonDetailIsEscaped() {
        assertEquals(
                "\"a \\\"quoted\\\" \\\\ line\\nbreak\\u0001\"", JsonErrors.quote("a \"quoted\" \\ line\nbreak\u0001"));
    }

    private static ServletInputStream servletStream(byte[] bytes) {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
