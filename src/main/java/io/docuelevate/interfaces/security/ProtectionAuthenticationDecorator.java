package io.docuelevate.interfaces.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Puts {@link RequestProtection} in front of the application's authentication mechanism. Jakarta Security
 * calls the mechanism before any servlet filter, and the mechanism answers login posts ({@code POST /auth})
 * and refused credentials itself, so without this step login attempts would escape {@code RATE_LIMIT_AUTH}
 * and those answers would lack the security headers. A refused request is answered here (413, 411 or 429)
 * and the mechanism is not asked. A session the mechanism starts on a TLS request gets a {@code Secure} cookie.
 */
@Decorator
@Priority(Interceptor.Priority.PLATFORM_BEFORE)
public abstract class ProtectionAuthenticationDecorator implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism delegate;

    @Inject
    RequestProtection protection;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        try {
            if (!protection.admitBeforeAuthentication(request, response)) {
                response.flushBuffer();
                return AuthenticationStatus.SEND_CONTINUE;
            }
        } catch (IOException e) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        return delegate.validateRequest(
                SecureSessionCookie.onTls(request, response, protection.arrivedOverTls(request)), response, context);
    }
}
