package io.docuelevate.application.delivery;

import io.docuelevate.domain.delivery.HostGuard;
import io.docuelevate.domain.delivery.RemoteStoreException;
import io.docuelevate.domain.intake.TargetAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address rule for hosts a user types into an integration or a mailbox: the same as URL upload's
 * ({@link TargetAddresses}: only globally routed addresses, every spelling of a local one refused, every address a
 * name resolves to checked), except the hosts an administrator lists in {@code INTEGRATION_ALLOW_HOSTS}. Stops users
 * from reaching the server's own network (admin consoles, cloud metadata) through a connection test or a delivery.
 */
@ApplicationScoped
public class IntegrationHosts implements HostGuard {

    @Inject
    DeliveryOptions options;

    @Override
    public InetAddress resolve(String host) throws RemoteStoreException {
        String name = host.strip().toLowerCase(Locale.ROOT).replaceAll("\\.+$", "");
        if (options.integrationAllowHosts().contains(name)) {
            return lookUp(host);
        }
        TargetAddresses.Host judged = TargetAddresses.judgeHost(host);
        if (judged instanceof TargetAddresses.Refused refused) {
            throw new RemoteStoreException("host not allowed: " + refused.reason(), false);
        }
        if (judged instanceof TargetAddresses.Literal literal) {
            return literal.address();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(((TargetAddresses.Name) judged).name());
        } catch (UnknownHostException e) {
            throw new RemoteStoreException("unknown host " + host, true, e);
        }
        for (InetAddress address : addresses) {
            Optional<String> refusal = TargetAddresses.refusal(address);
            if (refusal.isPresent()) {
                throw new RemoteStoreException(
                        "host not allowed: '" + host + "' resolves to " + refusal.get()
                                + " (an administrator can allow it with INTEGRATION_ALLOW_HOSTS)",
                        false);
            }
        }
        return addresses[0];
    }

    private static InetAddress lookUp(String host) throws RemoteStoreException {
        try {
            return InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new RemoteStoreException("unknown host " + host, true, e);
        }
    }
}
