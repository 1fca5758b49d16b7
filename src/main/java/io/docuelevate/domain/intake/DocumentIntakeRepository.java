package io.docuelevate.domain.intake;

import java.util.Optional;

/** Stored machine-intake submissions, always per principal. Each call is its own transaction. */
public interface DocumentIntakeRepository {

    Optional<DocumentIntake> findByKey(String principalId, String idempotencyKey);

    Optional<DocumentIntake> find(String principalId, long id);

    /**
     * Stores a new submission.
     *
     * @throws RuntimeException one with the same principal and key was stored meanwhile (the unique constraint
     *     decided): the caller reads and answers that one
     */
    DocumentIntake add(DocumentIntake intake);
}
