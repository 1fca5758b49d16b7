package io.docuelevate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** The protocol a proxy says the client used: {@code X-Forwarded-Proto}, else {@code proto=} of {@code Forwarded}. */
public final class ForwardedProto {

    private ForwardedProto() {}

    /** The first {@code X-Forwarded-Proto} value, else {@code proto=} of {@code Forwarded}; lower case; null if neither. */
    public static String of(HttpServletRequest request) {
        String header = request.getHeader("X-Forwarded-Proto");
        if (header != null && !header.isBlank()) {
            return header.split(",")[0].trim().toLowerCase(Locale.ROOT);
        }
        String forwarded = request.getHeader("Forwarded");
        if (forwarded != null) {
            for (String part : forwarded.split("[;,]")) {
                String pair = part.trim();
                if (pair.toLowerCase(Locale.ROOT).startsWith("proto=")) {
                    return pair.substring(6).replace("\"", "").trim().toLowerCase(Locale.ROOT);
                }
            }
        }
        return null;
    }
}
