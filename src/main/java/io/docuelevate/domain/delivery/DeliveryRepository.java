package io.docuelevate.domain.delivery;

import java.util.List;
import java.util.Optional;

/** Stored deliveries. Each call is its own transaction unless the caller has one. */
public interface DeliveryRepository {

    /** A document's deliveries, in the order they were first queued. */
    List<DocumentDelivery> forDocument(long fileId);

    Optional<DocumentDelivery> find(long fileId, String destinationKey);

    /** Adds a new delivery or stores the changes of one read earlier. */
    DocumentDelivery save(DocumentDelivery delivery);
}
