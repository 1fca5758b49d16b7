package io.docuelevate.interfaces.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Request body limits: {@code MAX_UPLOAD_SIZE} for multipart requests (uploads), {@code MAX_REQUEST_BODY_SIZE}
 * for every other body. A declared {@code Content-Length} over the limit is answered 413 before a byte of
 * the body is read. A body without a declared length (chunked) is counted while the application reads it;
 * past the limit the read fails, the reader cleans up (the upload path removes its partial file) and the
 * client gets the same JSON 413. Liberty's {@code MessageSizeLimit} (server.xml) is the outer backstop.
 * Declared in {@code web.xml}, second after the security headers.
 */
public class RequestBodyLimitFilter extends ProtectionFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> BODY_METHODS = Set.of("POST", "PUT", "PATCH");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        BodyLimit limit = protection.bodyLimit(request);
        long declared = request.getContentLengthLong();
        if (declared > limit.maxBytes()) {
            JsonErrors.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit.declaredMessage(declared));
            return;
        }
        boolean streamed = declared < 0
                && (request.getHeader("Transfer-Encoding") != null || BODY_METHODS.contains(request.getMethod()));
        if (!streamed) {
            chain.doFilter(request, response);
            return;
        }
        if (RequestProtection.isForm(request)) {
            // The container parses form parameters from its own stream, which no wrapper can count; browsers
            // always declare the length of a form, so an undeclared one is refused.
            RequestProtection.sendLengthRequired(response);
            return;
        }
        try {
            chain.doFilter(new BodyLimitedRequest(request, limit), new BodyLimitedResponse(response, limit));
        } catch (IOException | ServletException | RuntimeException e) {
            if (!limit.exceeded()) {
                throw e;
            }
        }
        if (limit.exceeded() && !response.isCommitted()) {
            response.resetBuffer();
            JsonErrors.send(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, limit.streamedMessage());
        }
    }
}
