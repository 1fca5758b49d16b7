package io.docuelevate.application.delivery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.domain.delivery.RemoteStoreException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Hosts users type in: local and private ones refused in every spelling, unless an administrator allows them. */
class IntegrationHostsTest {

    @Test
    void localPrivateAndMetadataHostsAreRefusedWithTheReasonAndNotWorthRetrying() {
        IntegrationHosts hosts = hosts(Set.of());
        for (String host : Set.of(
                "127.0.0.1",
                "10.20.30.40",
                "169.254.169.254",
                "[::1]",
                "2130706433",
                "localhost",
                "metadata.google.internal",
                "0177.0.0.1",
                "[::ffff:192.168.1.1]")) {
            RemoteStoreException refused = assertThrows(RemoteStoreException.class, () -> hosts.resolve(host), host);
            assertFalse(refused.isTransient(), host);
            assertTrue(refused.getMessage().startsWith("host not allowed"), refused.getMessage());
        }
    }

    @Test
    void aGloballyRoutedLiteralIsAnsweredAsTheAddressToConnectTo() throws Exception {
        assertEquals(InetAddress.getByName("93.184.215.14"), hosts(Set.of()).resolve("93.184.215.14"));
    }

    @Test
    void anAllowedHostIsReachedEvenWhenLocal() throws Exception {
        assertEquals(
                InetAddress.getByName("127.0.0.1"), hosts(Set.of("127.0.0.1")).resolve("127.0.0.1"));
        assertThrows(
                RemoteStoreException.class, () -> hosts(Set.of("127.0.0.1")).resolve("127.0.0.2"));
    }

    private static IntegrationHosts hosts(Set<String> allowed) {
        IntegrationHosts hosts = new IntegrationHosts();
        hosts.options = new DeliveryOptions() {
            @Override
            public Duration timeout() {
                return Duration.ofSeconds(5);
            }

            @Override
            public int maxAttempts() {
                return 1;
            }

            @Override
            public Set<String> integrationAllowHosts() {
                return allowed;
            }
        };
        return hosts;
    }
}
