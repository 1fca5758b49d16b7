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

    /** The reference's 413 wording for a declared {@code Content-Length} over the limit. */
    String declaredMessage(long declared) {
        return "Request body too large: " + declared + " bytes (maximum allowed: " + maxBytes + " bytes). " + advice();
    }

    String streamedMessage() {
        return "Request body too large: more than " + maxBytes + " bytes were sent (maximum allowed: " + maxBytes
                + " bytes). " + advice();
    }

    private String advice() {
        return "Adjust the " + setting + " environment variable to change this limit. See SECURITY_AUDIT.md for details.";
    }
}
