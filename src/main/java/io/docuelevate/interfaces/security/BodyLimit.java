package io.docuelevate.interfaces.security;

/**
 * The body limit of one request ({@code MAX_UPLOAD_SIZE} for multipart, {@code MAX_REQUEST_BODY_SIZE}
 * otherwise) and whether the streamed body went over it. Shared by the request and response wrappers
 * of {@link RequestBodyLimitFilter}; a request is handled by one thread at a time, the flag is volatile
 * for async hand-overs.
 */
final class BodyLimit {

    private final long maxBytes;
    private final String setting;
    private volatile boolean exceeded;
    private volatile boolean serverCap;

    BodyLimit(long maxBytes, String setting) {
        this.maxBytes = maxBytes;
        this.setting = setting;
    }

    long maxBytes() {
        return maxBytes;
    }

    boolean exceeded() {
        return exceeded;
    }

    RequestBodyTooLargeException trip() {
        exceeded = true;
        return new RequestBodyTooLargeException(streamedMessage());
    }

    /** Liberty's own cap ({@code HTTP_MESSAGE_SIZE_LIMIT}) stopped the body first: a misconfiguration the start warns about. */
    RequestBodyTooLargeException tripServerCap() {
        serverCap = true;
        return trip();
    }

    /** The reference's 413 wording for a declared {@code Content-Length} over the limit. */
    String declaredMessage(long declared) {
        return "Request body too large: " + declared + " bytes (maximum allowed: " + maxBytes + " bytes). " + advice();
    }

    String streamedMessage() {
        if (serverCap) {
            return "Request body too large: it exceeds the server's HTTP_MESSAGE_SIZE_LIMIT. "
                    + advice("HTTP_MESSAGE_SIZE_LIMIT");
        }
        return "Request body too large: more than " + maxBytes + " bytes were sent (maximum allowed: " + maxBytes
                + " bytes). " + advice(setting);
    }

    private String advice() {
        return advice(setting);
    }

    private static String advice(String name) {
        return "Adjust the " + name + " environment variable to change this limit. See SECURITY_AUDIT.md for details.";
    }
}
