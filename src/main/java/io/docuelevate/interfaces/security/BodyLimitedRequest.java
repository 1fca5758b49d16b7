package io.docuelevate.interfaces.security;

import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A request whose body, read through {@link #getInputStream()} or {@link #getReader()}, is counted against its limit. */
final class BodyLimitedRequest extends HttpServletRequestWrapper {

    private final BodyLimit limit;
    private LimitedServletInputStream stream;
    private BufferedReader reader;

    BodyLimitedRequest(HttpServletRequest request, BodyLimit limit) {
        super(request);
        this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
        if (stream == null) {
            stream = new LimitedServletInputStream(super.getInputStream(), limit);
        }
        return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
        if (reader == null) {
            String encoding = getCharacterEncoding();
            Charset charset;
            try {
                charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            } catch (IllegalArgumentException e) {
                throw new UnsupportedEncodingException(encoding);
            }
            reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
        return reader;
    }
}
