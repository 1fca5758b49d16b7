package io.docuelevate.domain.watch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule that keeps half-written files out: a file is complete only when two consecutive polls saw it with
 * the same size and the same modification time. A scanner or a copy over SMB still writing changes one of the
 * two between polls, so it waits for the next poll. One window per folder; it forgets files that vanished.
 */
public final class StabilityWindow {

    private Map<String, FileObservation> previous = new HashMap<>();

    /** Records this poll's listing and answers the files unchanged since the previous poll, in listing order. */
    public synchronized List<FileObservation> observe(Collection<FileObservation> listing) {
        Map<String, FileObservation> next = new HashMap<>();
        List<FileObservation> stable = new ArrayList<>();
        for (FileObservation current : listing) {
            if (current.equals(previous.get(current.relativePath()))) {
                stable.add(current);
            }
            next.put(current.relativePath(), current);
        }
        previous = next;
        return stable;
    }
}
