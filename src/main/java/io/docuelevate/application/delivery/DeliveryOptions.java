package io.docuelevate.application.delivery;

import java.time.Duration;
import java.util.Set;

/** The delivery settings the application needs, bound from the environment in the infrastructure layer. */
public interface DeliveryOptions {

    /** {@code DELIVERY_TIMEOUT_SECONDS}: the limit on each network operation of a destination. */
    Duration timeout();

    /** {@code DELIVERY_MAX_ATTEMPTS}: attempts of one upload before its step fails for good (transient errors only). */
    int maxAttempts();

    /**
     * {@code INTEGRATION_ALLOW_HOSTS}: host names and addresses (lower case) that users' integrations and mailboxes
     * may reach although they are private or local; every other host a user types in must be globally routed.
     */
    Set<String> integrationAllowHosts();
}
