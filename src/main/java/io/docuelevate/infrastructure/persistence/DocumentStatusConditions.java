package io.docuelevate.infrastructure.persistence;

import io.docuelevate.domain.document.DocumentStatus;
import io.docuelevate.domain.document.StepStatus;

/**
 * The derived-status rules of {@link DocumentStatus} as JPQL {@code EXISTS} conditions on documents
 * ({@code f}), so the {@code status} filter and the counts agree with the status computed in Java.
 */
final class DocumentStatusConditions {

    private DocumentStatusConditions() {}

    /** Restricts to documents in {@code status}: duplicate flag, then a failed counted step, then one in progress, then a finished terminal step. */
    static void restrict(JpqlWhere where, DocumentStatus status) {
        if (status == DocumentStatus.DUPLICATE) {
            where.add("f.duplicate = TRUE");
            return;
        }
        where.add("f.duplicate = FALSE");
        String failed = countedStepWith("failure");
        String running = countedStepWith("inProgress");
        String finished = "EXISTS (SELECT t.id FROM ProcessingStep t WHERE t.fileId = f.id"
                + " AND t.stepName IN :terminalSteps AND (t.status = :success OR t.status = :skipped))";
        where.bind("failure", StepStatus.FAILURE).bind("countedSteps", DocumentStatus.COUNTED_STEPS);
        for (int i = 0; i < DocumentStatus.COUNTED_STEP_PREFIXES.size(); i++) {
            where.bind("countedPrefix" + i, LikePatterns.startsWith(DocumentStatus.COUNTED_STEP_PREFIXES.get(i)));
        }
        if (status == DocumentStatus.FAILED) {
            where.add(failed);
            return;
        }
        where.add("NOT " + failed).bind("inProgress", StepStatus.IN_PROGRESS);
        if (status == DocumentStatus.PROCESSING) {
            where.add(running);
            return;
        }
        where.add("NOT " + running)
                .bind("terminalSteps", DocumentStatus.TERMINAL_STEPS)
                .bind("success", StepStatus.SUCCESS)
                .bind("skipped", StepStatus.SKIPPED);
        where.add(status == DocumentStatus.COMPLETED ? finished : "NOT " + finished);
    }

    private static String countedStepWith(String statusParameter) {
        StringBuilder counted = new StringBuilder("(s.stepName IN :countedSteps");
        for (int i = 0; i < DocumentStatus.COUNTED_STEP_PREFIXES.size(); i++) {
            counted.append(" OR s.stepName LIKE :countedPrefix")
                    .append(i)
                    .append(" ESCAPE '")
                    .append(LikePatterns.ESCAPE)
                    .append('\'');
        }
        counted.append(')');
        return "EXISTS (SELECT s.id FROM ProcessingStep s WHERE s.fileId = f.id AND s.status = :" + statusParameter
                + " AND " + counted + ")";
    }
}
