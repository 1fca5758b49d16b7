package io.docuelevate.application.readiness;

import java.time.Instant;
import java.util.List;

/**
 * More checklist items from a feature that has its own facts (mailboxes, watched folders): appended after the
 * production guide's items. Bounded by a few seconds and never throws: a failing check is an item.
 */
public interface ReadinessSource {

    List<ReadinessItem> items(Instant now);
}
