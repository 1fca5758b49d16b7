package io.docuelevate.domain.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * The names a delivery tries, in order, so a file already in the destination is never overwritten:
 * {@code Rechnung.pdf}, then {@code Rechnung_2.pdf} … {@code Rechnung_20.pdf}. The suffix goes before the last
 * extension; a name without one gets it at the end.
 */
public final class RemoteNames {

    /** How many names are tried before a delivery gives up. */
    public static final int ATTEMPTS = 20;

    private RemoteNames() {}

    public static List<String> candidates(String name) {
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        List<String> names = new ArrayList<>(ATTEMPTS);
        names.add(name);
        for (int n = 2; n <= ATTEMPTS; n++) {
            names.add(stem + "_" + n + extension);
        }
        return List.copyOf(names);
    }
}
