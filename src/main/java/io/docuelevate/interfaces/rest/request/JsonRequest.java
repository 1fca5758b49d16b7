package io.docuelevate.interfaces.rest.request;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A JSON request body as a record: {@link JsonRequestReader} binds it with JSON-B after checking that every
 * field has the JSON type of its component, and Bean Validation checks its constraints. An empty body binds to
 * {@code null}, so a resource decides (with {@code @NotNull}) whether a body is required.
 */
public interface JsonRequest {

    /**
     * The body may also be a bare JSON array: it is bound as the value of the named field, so {@code [1, 2]}
     * is read like {@code {"file_ids": [1, 2]}}.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface ArrayBody {
        /** The JSON name of the field a bare array is bound to. */
        String value();
    }
}
