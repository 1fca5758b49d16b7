package io.docuelevate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.application.ratelimit.InvalidSettingException;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.parse(List.of("10.0.0.0/8", "192.168.1.10", "fd00::/8"));

    @Test
    void withoutTrustedProxiesForwardedHeadersAreIgnored() {
        TrustedProxies none = TrustedProxies.parse(List.of());
        assertEquals(
                "203.0.113.9", none.clientAddress("203.0.113.9", List.of("for=198.51.100.1"), List.of("198.51.100.1")));
        assertEquals("10.0.0.5", none.clientAddress("10.0.0.5", List.of(), List.of("198.51.100.1")));
    }

    @Test
    void anUntrustedPeerCannotSpoofItsAddress() {
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", List.of(), List.of("198.51.100.1")));
        assertEquals("203.0.113.9", proxies.clientAddress("203.0.113.9", List.of("for=10.0.0.1"), List.of()));
    }

    @Test
    void behindTrustedProxiesTheNearestUntrustedAddressIsTheClient() {
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.5", List.of(), List.of("198.51.100.1")));
        assertEquals(
                "198.51.100.1", proxies.clientAddress("10.0.0.5", List.of(), List.of("198.51.100.1, 192.168.1.10")));
        assertEquals("198.51.100.1", proxies.clientAddress("10.0.0.5", List.of(), List.of("198.51.100.1", "10.1.2.3")));
        assertEquals(
                "198.51.100.1",
                proxies.clientAddress("10.0.0.5", List.of(), List.of("6.6.6.6, 198.51.100.1, 10.9.9.9")),
                "what the client wrote left of its real address is ignored");
    }

    @Test
    void garbageInTheChainStopsAtTheLastTrustedHop() {
        assertEquals("10.1.2.3", proxies.clientAddress("10.0.0.5", List.of(), List.of("evil.example, 10.1.2.3")));
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of(), List.of("unknown")));
        assertEquals("10.0.0.5", proxies.clientAddress("10.0.0.5", List.of(), List.of()));
        assertEquals(
                "10.0.0.7",
                proxies.clientAddress("10.0.0.5", List.of(), List.of("10.0.0.7")),
                "a chain of trusted hops only: the leftmost");
    }

    @Test
    void theRfc7239ForwardedHeaderWinsOverXForwardedFor() {
        assertEquals(
                "198.51.100.17",
                proxies.clientAddress(
                        "10.0.0.5", List.of("for=198.51.100.17;proto=https;by=10.0.0.5"), List.of("6.6.6.6")));
        assertEquals(
                "2001:db8:cafe:0:0:0:0:17",
                proxies.clientAddress(
                        "10.0.0.5", List.of("for=\"[2001:db8:cafe::17]:4711\", for=10.0.0.9"), List.of()));
        assertEquals("10.0.0.9", proxies.clientAddress("10.0.0.5", List.of("for=_hidden, for=10.0.0.9"), List.of()));
        assertEquals(
                List.of("192.0.2.60", "", "\"[::1]\""),
                TrustedProxies.forwardedFor(List.of("For=192.0.2.60;proto=http", "proto=https, for=\"[::1]\"")));
    }

    @Test
    void ipv6PeersAndMappedAddresses() {
        assertEquals("198.51.100.1", proxies.clientAddress("fd12::1", List.of(), List.of("198.51.100.1")));
        assertEquals(
                "10.0.0.5", TrustedProxies.parse(List.of()).clientAddress("::ffff:10.0.0.5", List.of(), List.of()));
        assertEquals("198.51.100.1", proxies.clientAddress("::ffff:10.0.0.5", List.of(), List.of("198.51.100.1:5555")));
    }

    @Test
    void cidrMatching() {
        IpRange range = IpRange.parse("10.20.0.0/16").orElseThrow();
        assertTrue(range.contains(address("10.20.255.1")));
        assertFalse(range.contains(address("10.21.0.1")));
        assertFalse(range.contains(address("::1")));
        assertTrue(IpRange.parse("0.0.0.0/0").orElseThrow().contains(address("8.8.8.8")));
        assertTrue(IpRange.parse("192.168.1.10").orElseThrow().contains(address("192.168.1.10")));
        assertFalse(IpRange.parse("192.168.1.10").orElseThrow().contains(address("192.168.1.11")));
        assertTrue(IpRange.parse("172.16.0.0/12").orElseThrow().contains(address("172.31.255.255")));
        assertFalse(IpRange.parse("172.16.0.0/12").orElseThrow().contains(address("172.32.0.0")));
        assertTrue(IpRange.parse("2001:db8::/32").orElseThrow().contains(address("2001:db8:ffff::1")));
        assertFalse(IpRange.parse("2001:db8::/32").orElseThrow().contains(address("2001:db9::1")));
        assertTrue(IpRange.parse("10.1.2.3/8").orElseThrow().contains(address("10.200.0.1")), "host bits are ignored");
    }

    @Test
    void badEntriesAreConfigurationErrors() {
        for (String bad :
                new String[] {"10.0.0.0/33", "proxy.internal", "10.0.0.256", "10.0.0.0/", "::1/129", "[::1]", "10.0.0/8"
                }) {
            InvalidSettingException error =
                    assertThrows(InvalidSettingException.class, () -> TrustedProxies.parse(List.of(bad)), bad);
            assertTrue(error.getMessage().startsWith("TRUSTED_PROXIES entry '" + bad + "'"), error.getMessage());
        }
    }

    @Test
    void namesAreNeverResolved() {
        assertEquals(Optional.empty(), IpAddresses.parse("localhost"));
        assertEquals(Optional.empty(), IpAddresses.parse("example.com:80"));
        assertEquals(Optional.empty(), IpAddresses.parse("abcd::12345"));
        assertEquals(Optional.empty(), IpAddresses.parse(""));
        assertEquals(
                "fe80:0:0:0:0:0:0:1",
                IpAddresses.parse("fe80::1%eth0").orElseThrow().getHostAddress());
    }

    private static InetAddress address(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }

    @Test
    void onlyATrustedProxysWordMakesARequestOneThatArrivedOverTls() {
        assertTrue(proxies.forwardsTls("10.1.2.3", "https"));
        assertTrue(proxies.forwardsTls("fd00::7", "https"));
        assertFalse(proxies.forwardsTls("203.0.113.9", "https"), "an untrusted client's own header");
        assertFalse(proxies.forwardsTls("10.1.2.3", "http"));
        assertFalse(proxies.forwardsTls("10.1.2.3", null));
        assertFalse(TrustedProxies.parse(List.of()).forwardsTls("10.1.2.3", "https"), "no proxy trusted");
    }
}
