package io.docuelevate.domain.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The SSRF guard's rule: every spelling of a refused address is refused, public addresses pass; no network. */
class TargetAddressesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                // loopback in every spelling
                "127.0.0.1",
                "127.1",
                "127.0.1",
                "127.255.255.254",
                "2130706433",
                "0177.0.0.1",
                "0177.1",
                "0x7f.0.0.1",
                "0x7f000001",
                "0x7F.1",
                "017700000001",
                "127.0.0.1.",
                "127.0.0.1..",
                "[::1]",
                "::1",
                "[0:0:0:0:0:0:0:1]",
                "[::ffff:127.0.0.1]",
                "[::ffff:7f00:1]",
                "[0:0:0:0:0:ffff:127.0.0.1]",
                "[::127.0.0.1]",
                // unspecified
                "0.0.0.0",
                "0",
                "0x0",
                "[::]",
                "[::ffff:0.0.0.0]",
                // private, CGNAT, link-local, metadata
                "10.0.0.1",
                "10.1",
                "012.0.0.1",
                "167772161",
                "172.16.0.1",
                "172.31.255.255",
                "192.168.1.1",
                "3232235777",
                "100.64.0.1",
                "100.127.255.255",
                "169.254.169.254",
                "169.254.170.2",
                "2852039166",
                "0xa9.0xfe.0xa9.0xfe",
                "0251.0376.0251.0376",
                "100.100.100.200",
                "192.0.0.192",
                "[::ffff:169.254.169.254]",
                "[::ffff:a9fe:a9fe]",
                "[fd00:ec2::254]",
                "[::ffff:10.0.0.1]",
                // multicast, broadcast, reserved, documentation
                "224.0.0.1",
                "239.255.255.250",
                "255.255.255.255",
                "4294967295",
                "240.0.0.1",
                "192.0.2.1",
                "198.51.100.7",
                "203.0.113.9",
                "198.18.0.1",
                "192.88.99.1",
                // IPv6 classes
                "[fe80::1]",
                "[febf::1]",
                "[fc00::1]",
                "[fd12:3456::1]",
                "[fec0::1]",
                "[ff02::1]",
                "[ff05::2]",
                "[2001:db8::1]",
                "[2001:0:4136:e378:8000:63bf:3fff:fdd2]",
                "[100::1]",
                "[64:ff9b:1::1]",
                // IPv6 forms embedding a refused IPv4 address
                "[64:ff9b::7f00:1]",
                "[64:ff9b::169.254.169.254]",
                "[2002:7f00:1::]",
                "[2002:a9fe:a9fe::1]",
                "[2002:c0a8:0101::1]",
                // zone ids, names
                "[fe80::1%25eth0]",
                "localhost",
                "LOCALHOST",
                "localhost.",
                "foo.localhost",
                "metadata.google.internal",
                "metadata.google.internal.",
                "Metadata.Google.Internal",
                "metadata.goog",
                "metadata",
                "instance-data.ec2.internal",
                "ip6-localhost",
                // numeric but no address
                "256.0.0.1",
                "1.2.3.4.5",
                "08.0.0.1",
                "0x",
                "4294967296",
                ""
            })
    void refused(String host) {
        TargetAddresses.Host judged = TargetAddresses.judgeHost(host);
        assertInstanceOf(TargetAddresses.Refused.class, judged, host + " → " + judged);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "[2606:4700::1111]"})
    void publicAddressLiteralsPass(String host) {
        assertInstanceOf(TargetAddresses.Literal.class, TargetAddresses.judgeHost(host), host);
    }

    @Test
    void nonCanonicalSpellingsOfPublicAddressesAreRefusedToo() {
        // Java would read 010.8.8.8 as 10.8.8.8, inet_aton as 8.8.8.8: neither reading is trusted
        for (String host : new String[] {"010.8.8.8", "134744072", "0x08.0x08.0x08.0x08", "8.8.2056"}) {
            TargetAddresses.Host judged = TargetAddresses.judgeHost(host);
            assertInstanceOf(TargetAddresses.Refused.class, judged, host);
        }
    }

    @Test
    void namesAreLeftToResolutionAndLowerCasedWithoutTrailingDots() {
        assertEquals(new TargetAddresses.Name("example.org"), TargetAddresses.judgeHost("Example.ORG."));
        assertEquals(new TargetAddresses.Name("1.2.3.example"), TargetAddresses.judgeHost("1.2.3.example"));
    }

    @Test
    void reasonsNameTheAddressClass() {
        assertTrue(reason("2130706433").contains("loopback address 127.0.0.1"), reason("2130706433"));
        assertTrue(reason("169.254.169.254").contains("cloud metadata"), reason("169.254.169.254"));
        assertTrue(reason("[::ffff:127.0.0.1]").contains("127.0.0.1"), reason("[::ffff:127.0.0.1]"));
        assertTrue(reason("[2002:7f00:1::]").contains("6to4"), reason("[2002:7f00:1::]"));
    }

    @Test
    void resolvedAddressesAreClassifiedByTheirBytes() throws UnknownHostException {
        byte[] mapped = new byte[16];
        mapped[10] = (byte) 0xff;
        mapped[11] = (byte) 0xff;
        mapped[12] = 10;
        mapped[15] = 1;
        assertTrue(TargetAddresses.refusal(InetAddress.getByAddress(mapped)).isPresent());
        assertTrue(TargetAddresses.refusal(InetAddress.getByAddress(new byte[] {(byte) 169, (byte) 254, 1, 1}))
                .isPresent());
        assertTrue(TargetAddresses.refusal(InetAddress.getByAddress(new byte[] {93, (byte) 184, (byte) 215, 14}))
                .isEmpty());
    }

    private static String reason(String host) {
        return ((TargetAddresses.Refused) TargetAddresses.judgeHost(host)).reason();
    }
}
