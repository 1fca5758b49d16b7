package io.docuelevate.interfaces.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IP literals from configuration and forwarded headers. Never resolves a name: a header value such as
 * {@code evil.example} must not trigger a DNS lookup, and is simply not an address.
 */
final class IpAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]+)\\](?::\\d{1,5})?");
    private static final Pattern IPV6_CHARS = Pattern.compile("[0-9A-Fa-f:.]+");

    private IpAddresses() {}

    /**
     * Parses an address as it appears in {@code X-Forwarded-For} or {@code Forwarded}: IPv4, IPv4 with a
     * port, IPv6 bare or in brackets (with or without a port); an IPv6 zone is ignored. Anything else
     * (a name, {@code unknown}, an obfuscated identifier) is empty.
     */
    static Optional<InetAddress> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.trim();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).trim();
        }
        Matcher bracketed = BRACKETED.matcher(value);
        if (bracketed.matches()) {
            return ipv6(bracketed.group(1));
        }
        Matcher withPort = IPV4_WITH_PORT.matcher(value);
        if (withPort.matches()) {
            value = withPort.group(1);
        }
        Matcher ipv4 = IPV4.matcher(value);
        if (ipv4.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(ipv4.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(byAddress(bytes));
        }
        return value.contains(":") ? ipv6(value) : Optional.empty();
    }

    /** The canonical text of an address ({@code ::ffff:10.0.0.1} and {@code 10.0.0.1} are the same client). */
    static String canonical(InetAddress address) {
        return address.getHostAddress();
    }

    private static Optional<InetAddress> ipv6(String text) {
        String value = text;
        int zone = value.indexOf('%');
        if (zone >= 0) {
            value = value.substring(0, zone);
        }
        if (!value.contains(":") || !IPV6_CHARS.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            // Brackets make the JDK parse a literal or fail; it never falls back to a DNS lookup for them.
            return Optional.of(InetAddress.getByName("[" + value + "]"));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static InetAddress byAddress(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
