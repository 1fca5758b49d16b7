package io.docuelevate.infrastructure.persistence;

import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JPQL WHERE clause assembled from fixed condition texts, with every value bound as a named parameter
 * (user input never becomes query text). The owner filters of the document queries start here.
 */
public final class JpqlWhere {

    private static final String OWNED_DOCUMENT_IDS = "(SELECT o.id FROM Document o WHERE o.ownerId = :ownerId)";

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    /** Documents ({@code f}) of the owner, or all. */
    static JpqlWhere documentsOf(Optional<String> ownerId) {
        JpqlWhere where = new JpqlWhere();
        ownerId.ifPresent(owner -> where.add("f.ownerId = :ownerId").bind("ownerId", owner));
        return where;
    }

    /** Rows of another entity whose {@code fileId} column ({@code alias.fileId}) belongs to the owner, or all. */
    static JpqlWhere ownedThrough(String alias, Optional<String> ownerId) {
        JpqlWhere where = new JpqlWhere();
        ownerId.ifPresent(
                owner -> where.add(alias + ".fileId IN " + OWNED_DOCUMENT_IDS).bind("ownerId", owner));
        return where;
    }

    JpqlWhere add(String condition) {
        conditions.add(condition);
        return this;
    }

    JpqlWhere bind(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    <T> TypedQuery<T> apply(TypedQuery<T> query) {
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
