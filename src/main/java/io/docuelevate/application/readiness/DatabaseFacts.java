package io.docuelevate.application.readiness;

import java.util.Optional;

/** Port: what the readiness report needs to know of the database. */
public interface DatabaseFacts {

    /** The database in use and whether it answers now. */
    ReadinessSnapshot.Database database();

    /** The schema version and the migrations not applied yet. */
    ReadinessSnapshot.Migrations migrations();

    /** Why the configured database password is unsafe; empty when it is fine or not needed (H2). */
    Optional<String> passwordProblem();

    /** A database failure as one line for the report, with passwords masked. */
    String describe(Throwable failure);
}
