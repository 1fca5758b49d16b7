package io.docuelevate.domain.intake;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which hosts and addresses a server-side fetch may reach (the SSRF guard's rule, pure, no network): only globally
 * routed unicast addresses. Refused: loopback, private (10/8, 172.16/12, 192.168/16), carrier-grade NAT (100.64/10),
 * link-local (169.254/16, fe80::/10), unique-local (fc00::/7), site-local, multicast, unspecified, broadcast and the
 * other reserved blocks, cloud metadata names and addresses, and IPv6 forms that carry a refused IPv4 address
 * (IPv4-mapped, IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16). Numeric hosts are read the way the C library's
 * {@code inet_aton} reads them (decimal {@code 2130706433}, octal {@code 0177.0.0.1}, hex {@code 0x7f.1}, short
 * {@code 127.1}); any such form other than plain dotted decimal is refused outright, because Java reads some of
 * them differently ({@code 0177.0.0.1} as 177.0.0.1), so no reading can slip through.
 */
public final class TargetAddresses {

    private static final Set<String> REFUSED_NAMES = Set.of(
            "localhost",
            "localhost.localdomain",
            "ip6-localhost",
            "ip6-loopback",
            "metadata",
            "metadata.google.internal",
            "metadata.goog",
            "metadata.azure.internal",
            "instance-data",
            "instance-data.ec2.internal",
            "metadata.platformequinix.com",
            "metadata.packet.net");

    private static final Set<String> METADATA_ADDRESSES =
            Set.of("169.254.169.254", "169.254.170.2", "100.100.100.200", "192.0.0.192", "fd00:ec2:0:0:0:0:0:254");

    private TargetAddresses() {}

    /** A host as written in a URL, judged before any lookup. */
    public sealed interface Host permits Name, Literal, Refused {}

    /** A DNS name (lower case, trailing dots removed) that must be resolved, and every address checked. */
    public record Name(String name) implements Host {}

    /** An address literal in canonical form: the address to connect to, already found acceptable. */
    public record Literal(InetAddress address) implements Host {}

    /** A host refused as written, with the reason (no lookup, no connection). */
    public record Refused(String reason) implements Host {}

    /** The host part of a URL ({@code example.org}, {@code 10.0.0.1}, {@code [::1]}) judged as written. */
    public static Host judgeHost(String rawHost) {
        if (rawHost == null || rawHost.isBlank()) {
            return new Refused("the URL names no host");
        }
        String host = rawHost.strip().toLowerCase(Locale.ROOT);
        if (host.startsWith("[") || host.contains(":")) {
            return judgeIpv6Literal(host);
        }
        while (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            return new Refused("the URL names no host");
        }
        Optional<byte[]> numeric;
        try {
            numeric = inetAton(host);
        } catch (IllegalArgumentException e) {
            return new Refused("'" + rawHost + "' is not a valid address");
        }
        if (numeric.isPresent()) {
            InetAddress address = address(numeric.get());
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent()) {
                return new Refused("'" + rawHost + "' means " + refusal.get());
            }
            if (!host.equals(address.getHostAddress())) {
                return new Refused("'" + rawHost + "' is an unusual spelling of " + address.getHostAddress()
                        + "; write addresses in plain dotted decimal");
            }
            return new Literal(address);
        }
        if (refusedName(host)) {
            return new Refused("'" + rawHost + "' is a local or cloud metadata host");
        }
        return new Name(host);
    }

    /** Whether the name is a local or cloud metadata host name ({@code localhost}, {@code *.localhost}...). */
    public static boolean refusedName(String name) {
        return REFUSED_NAMES.contains(name) || name.endsWith(".localhost");
    }

    /**
     * Why a fetch may not reach this address ({@code "loopback address 127.0.0.1"}), or empty when it is a globally
     * routed unicast address.
     */
    public static Optional<String> refusal(InetAddress address) {
        byte[] b = address.getAddress();
        String text = address.getHostAddress();
        if (METADATA_ADDRESSES.contains(text)) {
            return Optional.of("cloud metadata address " + text);
        }
        if (b.length == 4) {
            return ipv4Refusal(b).map(kind -> kind + " address " + text);
        }
        return ipv6Refusal(b).map(kind -> kind + " address " + text);
    }

    private static Optional<String> ipv4Refusal(byte[] b) {
        int a0 = b[0] & 0xff;
        int a1 = b[1] & 0xff;
        int a2 = b[2] & 0xff;
        if (a0 == 0) {
            return Optional.of("unspecified (0.0.0.0/8)");
        }
        if (a0 == 127) {
            return Optional.of("loopback");
        }
        if (a0 == 10 || (a0 == 172 && (a1 & 0xf0) == 16) || (a0 == 192 && a1 == 168)) {
            return Optional.of("private");
        }
        if (a0 == 100 && (a1 & 0xc0) == 64) {
            return Optional.of("carrier-grade NAT (100.64.0.0/10)");
        }
        if (a0 == 169 && a1 == 254) {
            return Optional.of("link-local");
        }
        if (a0 >= 224 && a0 <= 239) {
            return Optional.of("multicast");
        }
        if (a0 >= 240) {
            return Optional.of(a0 == 255 && a1 == 255 && a2 == 255 && (b[3] & 0xff) == 255 ? "broadcast" : "reserved");
        }
        if ((a0 == 192 && a1 == 0 && (a2 == 0 || a2 == 2))
                || (a0 == 192 && a1 == 88 && a2 == 99)
                || (a0 == 198 && (a1 == 18 || a1 == 19))
                || (a0 == 198 && a1 == 51 && a2 == 100)
                || (a0 == 203 && a1 == 0 && a2 == 113)) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6Refusal(byte[] b) {
        if (zeros(b, 0, 10)) {
            if (zeros(b, 10, 16)) {
                return Optional.of("unspecified");
            }
            if (zeros(b, 10, 15) && b[15] == 1) {
                return Optional.of("loopback");
            }
            if ((b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                return embedded(b, 12, "IPv4-mapped");
            }
            if (zeros(b, 10, 12)) {
                return Optional.of("IPv4-compatible (deprecated)");
            }
        }
        int first = ((b[0] & 0xff) << 8) | (b[1] & 0xff);
        int second = ((b[2] & 0xff) << 8) | (b[3] & 0xff);
        if (first == 0x0064 && second == 0xff9b) {
            return zeros(b, 4, 12) ? embedded(b, 12, "NAT64") : Optional.of("local-use NAT64");
        }
        if (first == 0x2002) {
            return embedded(b, 2, "6to4");
        }
        if ((first & 0xfe00) == 0xfc00) {
            return Optional.of("unique-local");
        }
        if ((first & 0xffc0) == 0xfe80) {
            return Optional.of("link-local");
        }
        if ((first & 0xffc0) == 0xfec0) {
            return Optional.of("site-local");
        }
        if ((first & 0xff00) == 0xff00) {
            return Optional.of("multicast");
        }
        if ((first & 0xe000) != 0x2000) {
            return Optional.of("reserved (not global unicast)");
        }
        if (first == 0x2001 && second == 0x0000) {
            return Optional.of("Teredo");
        }
        if (first == 0x2001 && second == 0x0db8) {
            return Optional.of("documentation");
        }
        return Optional.empty();
    }

    private static Optional<String> embedded(byte[] b, int offset, String kind) {
        byte[] v4 = {b[offset], b[offset + 1], b[offset + 2], b[offset + 3]};
        return ipv4Refusal(v4).map(inner -> kind + " form of a " + inner + " IPv4");
    }

    private static boolean zeros(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Host judgeIpv6Literal(String host) {
        String inner = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (inner.contains("%")) {
            return new Refused("'" + host + "' carries a zone id (a link-local address)");
        }
        if (!inner.matches("[0-9a-f:.]+") || !inner.contains(":")) {
            return new Refused("'" + host + "' is not a valid address");
        }
        try {
            InetAddress address = InetAddress.getByName("[" + inner + "]");
            Optional<String> refusal = refusal(address);
            if (refusal.isPresent() || address instanceof Inet4Address) {
                return new Refused(
                        "'" + host + "' means " + refusal.orElse("IPv4-mapped form of " + address.getHostAddress()));
            }
            return new Literal(address);
        } catch (UnknownHostException e) {
            return new Refused("'" + host + "' is not a valid address");
        }
    }

    /**
     * The address a numeric host means to {@code inet_aton}: one to four parts, each decimal, octal (leading 0) or
     * hex ({@code 0x}); the last part fills the remaining bytes. Empty when the host is a name (any part not numeric).
     *
     * @throws IllegalArgumentException the host is numeric but no address (a part out of range, too many parts)
     */
    static Optional<byte[]> inetAton(String host) {
        String[] parts = host.split("\\.", -1);
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            Optional<Long> value = number(parts[i]);
            if (value.isEmpty()) {
                if (parts[i].matches("[0-9]+|0x[0-9a-f]*")) {
                    throw new IllegalArgumentException(host);
                }
                return Optional.empty();
            }
            values[i] = value.get();
        }
        if (parts.length > 4) {
            throw new IllegalArgumentException(host);
        }
        long result = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            if (values[i] > 0xff) {
                throw new IllegalArgumentException(host);
            }
            result |= values[i] << (24 - 8 * i);
        }
        long last = values[parts.length - 1];
        long lastMax = (1L << (8 * (5 - parts.length))) - 1;
        if (last > lastMax) {
            throw new IllegalArgumentException(host);
        }
        result |= last;
        return Optional.of(
                new byte[] {(byte) (result >>> 24), (byte) (result >>> 16), (byte) (result >>> 8), (byte) result});
    }

    private static Optional<Long> number(String part) {
        try {
            if (part.startsWith("0x")) {
                return part.length() > 2
                                && part.length() <= 10
                                && part.substring(2).matches("[0-9a-f]+")
                        ? Optional.of(Long.parseLong(part.substring(2), 16))
                        : Optional.empty();
            }
            if (!part.matches("[0-9]{1,12}")) {
                return Optional.empty();
            }
            if (part.length() > 1 && part.startsWith("0")) {
                return part.matches("[0-7]+") ? Optional.of(Long.parseLong(part, 8)) : Optional.empty();
            }
            return Optional.of(Long.parseLong(part));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static InetAddress address(byte[] v4) {
        try {
            return InetAddress.getByAddress(v4);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an address", e);
        }
    }
}
