package io.docuelevate.interfaces.web.documents;

import io.docuelevate.application.documents.DocumentQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The document types offered by the documents page's type filter, remembered per owner for a minute: finding
 * the distinct types reads an index entry per document (about 50 ms at 100,000 documents), too much for every
 * page view, while a type that appears a minute late in the choice harms nobody.
 */
@ApplicationScoped
public class DocumentTypeChoices {

    static final Duration KEPT = Duration.ofMinutes(1);
    static final int MAX_TYPES = 200;
    private static final int MAX_OWNERS = 1000;

    @Inject
    DocumentQueries queries;

    private final Map<Optional<String>, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(List<String> types, long until) {}

    /** The distinct types of the owner's documents (all documents when empty), at most {@value #MAX_TYPES}. */
    public List<String> of(Optional<String> ownerId) {
        long now = System.nanoTime();
        Remembered known = remembered.get(ownerId);
        if (known != null && known.until() - now > 0) {
            return known.types();
        }
        if (remembered.size() >= MAX_OWNERS) {
            remembered.clear();
        }
        List<String> types = List.copyOf(queries.documentTypes(ownerId, MAX_TYPES));
        remembered.put(ownerId, new Remembered(types, now + KEPT.toNanos()));
        return types;
    }
}
