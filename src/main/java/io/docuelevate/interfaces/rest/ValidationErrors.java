package io.docuelevate.interfaces.rest;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A request record that breaks its Bean Validation constraints: 422 {@code {"detail": ...}} naming each field
 * as the JSON names it ({@code file_ids[3] must be a positive integer}); a missing body is named by its message.
 */
@Provider
public class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        String detail = exception.getConstraintViolations().stream()
                .map(ValidationErrors::describe)
                .sorted()
                .collect(Collectors.joining("; "));
        return ErrorMappers.detail(422, detail.isEmpty() ? "Request body is invalid" : detail);
    }

    public static String describe(ConstraintViolation<?> violation) {
        String field = jsonField(violation.getPropertyPath());
        return field == null ? violation.getMessage() : field + " " + violation.getMessage();
    }

    /** The field as the JSON names it, with the index of a list element; null for the body itself. */
    static String jsonField(Path path) {
        String field = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                field = snakeCase(node.getName());
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && field != null && node.getIndex() != null) {
                field = field + "[" + node.getIndex() + "]";
            } else if (node.getKind() == ElementKind.PARAMETER) {
                field = null;
            }
        }
        return field;
    }

    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
