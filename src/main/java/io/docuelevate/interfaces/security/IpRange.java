package io.docuelevate.interfaces.security;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.Optional;

/** One {@code TRUSTED_PROXIES} entry: an address ({@code 10.0.0.7}) or a CIDR range ({@code 10.0.0.0/8}, {@code fd00::/8}). */
final class IpRange {

    private final byte[] network;
    private final int prefixBits;
    private final String text;

    private IpRange(byte[] network, int prefixBits, String text) {
        this.network = network;
        this.prefixBits = prefixBits;
        this.text = text;
    }

    /** Parses an entry; empty when it is neither an IP address nor a CIDR range. */
    static Optional<IpRange> parse(String entry) {
        String value = entry.trim();
        int slash = value.indexOf('/');
        Optional<InetAddress> address = IpAddresses.parse(slash < 0 ? value : value.substring(0, slash));
        if (address.isEmpty() || value.contains("[")) {
            return Optional.empty();
        }
        byte[] bytes = address.get().getAddress();
        int maxBits = bytes.length * 8;
        int bits = maxBits;
        if (slash >= 0) {
            String suffix = value.substring(slash + 1);
            if (!suffix.matches("\\d{1,3}")) {
                return Optional.empty();
            }
            bits = Integer.parseInt(suffix);
            if (bits > maxBits) {
                return Optional.empty();
            }
        }
        return Optional.of(new IpRange(mask(bytes, bits), bits, value));
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefixBits), network);
    }

    /** The first {@code bits} bits of {@code address}, the rest zero. */
    static byte[] mask(byte[] address, int bits) {
        byte[] masked = new byte[address.length];
        for (int i = 0; i < address.length; i++) {
            int keep = Math.max(0, Math.min(8, bits - i * 8));
            masked[i] = (byte) (address[i] & (0xff << (8 - keep)));
        }
        return masked;
    }

    @Override
    public String toString() {
        return text;
    }
}
