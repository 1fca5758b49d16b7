package io.docuelevate.it.support;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * A multipart/form-data body with one file field named {@code file}, as browsers and the CLI send it (or several,
 * as a client that should not): the one place the ITs build upload bodies.
 */
public final class Multipart {

    private final String boundary;
    private final byte[] body;

    private Multipart(String boundary, byte[] body) {
        this.boundary = boundary;
        this.body = body;
    }

    /** The file under a fresh random boundary. */
    public static Multipart file(String filename, byte[] content) {
        return file("----docuelevate-it-" + UUID.randomUUID(), filename, content);
    }

    /** The file under the given boundary (for tests that compute the exact body length). */
    public static Multipart file(String boundary, String filename, byte[] content) {
        return files(boundary, new Part(filename, content));
    }

    /** One {@code file} field of a body. */
    public record Part(String filename, byte[] content) {}

    /** Each part as a field named {@code file}, in order, under the given boundary. */
    public static Multipart files(String boundary, Part... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Part part : parts) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                            + part.filename() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(part.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(boundary, body.toByteArray());
    }

    /** The request's {@code Content-Type} header value. */
    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The encoded body (a copy). */
    public byte[] body() {
        return body.clone();
    }

    /** The body with its length declared ({@code Content-Length}). */
    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofByteArray(body);
    }
}
