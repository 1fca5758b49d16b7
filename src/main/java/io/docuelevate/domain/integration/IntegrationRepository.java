package io.docuelevate.domain.integration;

import java.util.List;
import java.util.Optional;

/** Stored user integrations, always per owner for users. Each call is its own transaction unless the caller has one. */
public interface IntegrationRepository {

    /** The owner's integrations, oldest first. */
    List<UserIntegration> list(String ownerId);

    Optional<UserIntegration> find(String ownerId, long id);

    /** Every active integration of the type, of all owners (for the scanners). */
    List<UserIntegration> active(String integrationType);

    UserIntegration add(UserIntegration integration);

    /** Stores the changes of an integration read earlier. */
    UserIntegration update(UserIntegration integration);

    void remove(UserIntegration integration);

    /** Records a scan's outcome: {@code error} null means it worked (then {@code last_used_at} is now). */
    void recordOutcome(long id, String error);
}
