package io.docuelevate.infrastructure.delivery.s3;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;

/**
 * Asks the store's {@link HostGuard} about the host of every request right before it is sent; a refusal ends
 * the request before any connection. The SDK's JDK HTTP client resolves the name again itself, so unlike the
 * OkHttp adapters the address is not pinned: what remains is the window between this check and the JDK's own
 * lookup, which both normally answer from the JVM's address cache (30 s by default).
 */
final class GuardedHosts implements ExecutionInterceptor {

    private final HostGuard hosts;

    GuardedHosts(HostGuard hosts) {
        this.hosts = hosts;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        if (hosts == HostGuard.TRUSTED) {
            return;
        }
        try {
            hosts.resolve(context.httpRequest().host());
        } catch (RemoteStoreException e) {
            throw SdkClientException.builder().message(e.getMessage()).cause(e).build();
        }
    }
}
