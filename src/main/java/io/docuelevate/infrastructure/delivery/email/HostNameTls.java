package io.docuelevate.infrastructure.delivery.email;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Lets Jakarta Mail connect to the address a {@link io.docuelevate.domain.delivery.HostGuard} answered while TLS
 * still checks the certificate against the host NAME: the mail session is given the address literal, and this
 * factory layers TLS over the connected socket with the name (SNI and HTTPS-style host-name verification by the
 * JDK). Unconnected sockets are plain, so Jakarta Mail connects first and then asks for the TLS layer, for
 * implicit TLS as for STARTTLS.
 */
final class HostNameTls extends SSLSocketFactory {

    private final SSLSocketFactory delegate;
    private final String hostName;

    HostNameTls(SSLSocketFactory delegate, String hostName) {
        this.delegate = delegate;
        this.hostName = hostName;
    }

    @Override
    public Socket createSocket() {
        return new Socket();
    }

    @Override
    public Socket createSocket(Socket socket, String ignoredHost, int port, boolean autoClose) throws IOException {
        SSLSocket tls = (SSLSocket) delegate.createSocket(socket, hostName, port, autoClose);
        SSLParameters parameters = tls.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(parameters);
        return tls;
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        throw refused();
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        throw refused();
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        throw refused();
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort)
            throws IOException {
        throw refused();
    }

    private static IOException refused() {
        return new IOException("TLS sockets are layered over a socket connected to the checked address");
    }

    @Override
    public String[] getDefaultCipherSuites() {
        return delegate.getDefaultCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
        return delegate.getSupportedCipherSuites();
    }
}
