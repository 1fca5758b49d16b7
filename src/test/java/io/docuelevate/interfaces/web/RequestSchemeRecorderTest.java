package io.docuelevate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.system.RequestTraffic.Arrival;
import org.junit.jupiter.api.Test;

class RequestSchemeRecorderTest {

    @Test
    void theForwardedProtocolOfAProxyDecides() {
        assertEquals(Arrival.SECURE, RequestSchemeRecorder.classify(false, "https", true));
        assertEquals(Arrival.PROXIED_INSECURE, RequestSchemeRecorder.classify(false, "http", true));
    }

    @Test
    void withoutAProxyTheConnectionAndTheSourceDecide() {
        assertEquals(Arrival.SECURE, RequestSchemeRecorder.classify(true, null, false));
        assertEquals(Arrival.INTERNAL_PLAIN, RequestSchemeRecorder.classify(false, null, true));
        assertEquals(Arrival.EXTERNAL_INSECURE, RequestSchemeRecorder.classify(false, null, false));
    }

    @Test
    void internalAddresses() {
        for (String address :
                new String[] {"127.0.0.1", "::1", "10.1.2.3", "172.16.0.9", "192.168.1.1", "fd00::5", "169.254.1.1"}) {
            assertTrue(RequestSchemeRecorder.isInternal(address), address);
        }
        for (String address : new String[] {"8.8.8.8", "172.32.0.1", "2001:db8::1"}) {
            assertFalse(RequestSchemeRecorder.isInternal(address), address);
        }
    }

    @Test
    void probesAreNotCounted() {
        assertTrue(RequestSchemeRecorder.isProbe("/health/ready"));
        assertTrue(RequestSchemeRecorder.isProbe("/api/diagnostic/healthz/live"));
        assertFalse(RequestSchemeRecorder.isProbe("/api/health"));
        assertFalse(RequestSchemeRecorder.isProbe("/api/files"));
    }
}
