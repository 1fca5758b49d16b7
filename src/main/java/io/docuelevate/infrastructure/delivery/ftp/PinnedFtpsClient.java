package io.docuelevate.infrastructure.delivery.ftp;

import java.io.IOException;
import javax.net.ssl.SSLContext;

/**
 * An explicit-FTPS client connected to a checked address that still verifies the server certificate against the
 * host NAME (Commons Net forgets the name when connecting to an address; the TLS handshake uses it for SNI and
 * endpoint identification).
 */
final class PinnedFtpsClient extends org.apache.commons.net.ftp.FTPSClient {

    private final String hostName;

    PinnedFtpsClient(SSLContext context, String hostName) {
        super(false, context);
        this.hostName = hostName;
        setEndpointCheckingEnabled(true);
    }

    @Override
    protected void _connectAction_() throws IOException {
        _hostname_ = hostName;
        super._connectAction_();
    }
}
