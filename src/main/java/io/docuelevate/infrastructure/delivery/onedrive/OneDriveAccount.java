package io.docuelevate.infrastructure.delivery.onedrive;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a OneDrive destination needs: the app registration ({@code clientId}, {@code clientSecret}, empty for a
 * public client), the tenant ({@code common}, {@code consumers}, {@code organizations}, a domain or an id), the
 * account's refresh token and the folder path in the drive ({@code Documents/Scans}; empty for the root).
 */
public record OneDriveAccount(String clientId, String clientSecret, String tenant, String refreshToken, String folder) {

    private static final Pattern TENANT = Pattern.compile("[A-Za-z0-9.-]+");

    /** @throws IllegalArgumentException the tenant is not a plain name (it goes into the token endpoint's path) */
    public OneDriveAccount {
        tenant = tenant == null || tenant.isBlank() ? "common" : tenant.strip();
        if (!TENANT.matcher(tenant).matches()) {
            throw new IllegalArgumentException("tenant_id must be common, a domain or a tenant id");
        }
        clientSecret = clientSecret == null ? "" : clientSecret;
        folder = String.join("/", segments(folder));
    }

    /** The folder path's parts, without empty ones. */
    static List<String> segments(String folder) {
        return Arrays.stream((folder == null ? "" : folder).replace('\\', '/').split("/"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Without the secret and the token. */
    @Override
    public String toString() {
        return "OneDriveAccount[clientId=" + clientId + ", tenant=" + tenant + ", folder=" + folder + "]";
    }
}
