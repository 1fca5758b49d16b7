package io.docuelevate.interfaces.security;

import io.docuelevate.application.ratelimit.InvalidSettingException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Who the client is when proxies sit in front ({@code TRUSTED_PROXIES}). Forwarded headers are believed
 * only when the direct peer is a trusted proxy, and then only up to the nearest address a trusted proxy
 * vouches for: the chain is walked from the right, skipping trusted proxies, and the first other address
 * is the client. Anything left of it was written by the client and could be forged, so a spoofed
 * {@code X-Forwarded-For} cannot buy a fresh rate-limit bucket.
 */
public final class TrustedProxies {

    private final List<IpRange> ranges;

    private TrustedProxies(List<IpRange> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** Parses the entries of {@code TRUSTED_PROXIES}; a bad entry is a configuration error naming it. */
    public static TrustedProxies parse(Collection<String> entries) {
        List<IpRange> ranges = new ArrayList<>();
        for (String entry : entries) {
            ranges.add(IpRange.parse(entry)
                    .orElseThrow(() -> new InvalidSettingException("TRUSTED_PROXIES entry '" + entry
                            + "' is not an IP address or CIDR range (for example 10.0.0.0/8 or 192.168.1.10)")));
        }
        return new TrustedProxies(ranges);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    boolean trusts(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Whether a request from {@code peer} reached the proxy over TLS: only a trusted proxy's word counts. */
    public boolean forwardsTls(String peer, String forwardedProto) {
        return "https".equals(forwardedProto)
                && IpAddresses.parse(peer).filter(this::trusts).isPresent();
    }

    /**
     * The client address of a request from {@code peer}. {@code forwarded} are the {@code Forwarded} header
     * values (RFC 7239, preferred when present), {@code xForwardedFor} the {@code X-Forwarded-For} values,
     * each in the order received.
     */
    public String clientAddress(String peer, List<String> forwarded, List<String> xForwardedFor) {
        Optional<InetAddress> peerAddress = IpAddresses.parse(peer);
        if (peerAddress.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = peerAddress.get();
        if (ranges.isEmpty() || !trusts(client)) {
            return IpAddresses.canonical(client);
        }
        List<String> chain = forwarded.isEmpty() ? listEntries(xForwardedFor) : forwardedFor(forwarded);
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpAddresses.parse(chain.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusts(client)) {
                break;
            }
        }
        return IpAddresses.canonical(client);
    }

    @Override
    public String toString() {
        return ranges.isEmpty() ? "none" : ranges.toString();
    }

    private static List<String> listEntries(List<String> headerValues) {
        List<String> entries = new ArrayList<>();
        for (String value : headerValues) {
            for (String entry : value.split(",")) {
                if (!entry.isBlank()) {
                    entries.add(entry.trim());
                }
            }
        }
        return entries;
    }

    /** The {@code for=} values of RFC 7239 {@code Forwarded} elements, in order; an element without one is a gap. */
    static List<String> forwardedFor(List<String> headerValues) {
        List<String> entries = new ArrayList<>();
        for (String element : listEntries(headerValues)) {
            String value = "";
            for (String pair : element.split(";")) {
                int eq = pair.indexOf('=');
                if (eq > 0
                        && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                    value = pair.substring(eq + 1).trim();
                }
            }
            entries.add(value);
        }
        return entries;
    }
}
