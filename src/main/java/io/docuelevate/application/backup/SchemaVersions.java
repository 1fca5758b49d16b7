package io.docuelevate.application.backup;

import java.util.Arrays;

/** Orders Flyway schema versions such as {@code 5} and {@code 5.1}; a missing version is the oldest. */
final class SchemaVersions {

    private SchemaVersions() {}

    static int compare(String left, String right) {
        int[] a = parts(left);
        int[] b = parts(right);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            int x = i < a.length ? a[i] : 0;
            int y = i < b.length ? b[i] : 0;
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return 0;
    }

    private static int[] parts(String version) {
        if (version == null || version.isBlank()) {
            return new int[0];
        }
        return Arrays.stream(version.split("[._]"))
                .mapToInt(part -> {
                    try {
                        return Integer.parseInt(part.trim());
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                })
                .toArray();
    }
}
