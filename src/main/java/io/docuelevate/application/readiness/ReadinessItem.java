package io.docuelevate.application.readiness;

import java.util.List;
import java.util.Locale;

/** One checklist item of the production guide, judged: the status, what the server saw, and what to do. */
public record ReadinessItem(String id, String title, Status status, String evidence, String fix) {

    /** {@code pass}, {@code warn} (works, but not as production needs) or {@code fail}. */
    public enum Status {
        PASS,
        WARN,
        FAIL;

        public String value() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The worst status of {@code items}: any fail fails, any warn warns. */
    public static Status overall(List<ReadinessItem> items) {
        Status worst = Status.PASS;
        for (ReadinessItem item : items) {
            if (item.status().ordinal() > worst.ordinal()) {
                worst = item.status();
            }
        }
        return worst;
    }
}
