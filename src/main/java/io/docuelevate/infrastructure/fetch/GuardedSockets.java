package io.docuelevate.infrastructure.fetch;

import io.docuelevate.domain.intake.TargetAddresses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.SocketException;
import java.util.Optional;
import java.util.Set;
import javax.net.SocketFactory;

/**
 * Sockets that refuse to connect to an address the guard refuses ({@link TargetAddresses#refusal}) unless it is one
 * of the {@code approved} addresses of an allow-listed host. This is the last check, on the address actually
 * connected to, so neither DNS rebinding nor an address literal that bypassed name resolution can reach a refused
 * address.
 */
final class GuardedSockets extends SocketFactory {

    /** The connection was refused by the guard before any packet was sent. */
    static final class RefusedAddressException extends SocketException {
        private static final long serialVersionUID = 1L;

        RefusedAddressException(String reason) {
            super(reason);
        }
    }

    private final Set<InetAddress> approved;

    GuardedSockets(Set<InetAddress> approved) {
        this.approved = approved;
    }

    @Override
    public Socket createSocket() {
        return new Socket() {
            @Override
            public void connect(SocketAddress endpoint, int timeout) throws IOException {
                check(endpoint);
                super.connect(endpoint, timeout);
            }

            @Override
            public void connect(SocketAddress endpoint) throws IOException {
                connect(endpoint, 0);
            }
        };
    }

    private void check(SocketAddress endpoint) throws RefusedAddressException {
        if (!(endpoint instanceof InetSocketAddress inet) || inet.getAddress() == null) {
            throw new RefusedAddressException("Refused: unresolved target " + endpoint);
        }
        InetAddress address = inet.getAddress();
        Optional<String> refusal = TargetAddresses.refusal(address);
        if (refusal.isPresent() && !approved.contains(address)) {
            throw new RefusedAddressException("Refused to connect to " + refusal.get());
        }
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private Socket connected(InetSocketAddress endpoint) throws IOException {
        Socket socket = createSocket();
        socket.connect(endpoint);
        return socket;
    }
}
