package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.docuelevate.interfaces.rest.request.JsonRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.junit.jupiter.api.Test;

/**
 * Every resource method that takes a body reads it on the one path that answers bad JSON with 422 (a
 * {@link JsonRequest} record, or text handed to {@code JsonRequests}), and declares it and each of its fields, so
 * the OpenAPI document lists them and the bad-body sweep (BadBodySweepIT) reaches them without being told.
 */
class RequestBodiesTest {

    @Test
    void everyBodyIsAJsonRequestOrTextAndIsDeclared() {
        List<String> bodies = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (JavaClass resource : new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.docuelevate.interfaces.rest")) {
            for (Method method : resource.reflect().getDeclaredMethods()) {
                if (!takesBody(method)) {
                    continue;
                }
                for (Parameter parameter : method.getParameters()) {
                    if (!isEntity(parameter)) {
                        continue;
                    }
                    String name = resource.getSimpleName() + "." + method.getName();
                    bodies.add(name);
                    Class<?> type = parameter.getType();
                    if (JsonRequest.class.isAssignableFrom(type) && type.isRecord()) {
                        undocumentedFields(type)
                                .forEach(field -> problems.add(name + ": " + field + " has no @Schema"));
                    } else if (type != String.class) {
                        problems.add(name + " binds its body to " + type.getSimpleName());
                    }
                    if (!method.isAnnotationPresent(Consumes.class) && !method.isAnnotationPresent(RequestBody.class)) {
                        problems.add(name + " does not declare its body (@Consumes or @RequestBody)");
                    }
                }
            }
        }
        assertTrue(bodies.size() >= 10, "found only " + bodies);
        assertEquals(List.of(), problems);
    }

    /**
     * The record's components without {@code @Schema}: the OpenAPI scanner lists a record component only when it
     * carries an annotation, so an undocumented one would be missing from the document and from the sweep.
     */
    private static List<String> undocumentedFields(Class<?> record) {
        return Arrays.stream(record.getRecordComponents())
                .filter(component -> !component.getAccessor().isAnnotationPresent(Schema.class))
                .map(component -> record.getSimpleName() + "." + component.getName())
                .toList();
    }

    private static boolean takesBody(Method method) {
        return method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(PATCH.class);
    }

    /** A parameter without a JAX-RS source annotation ({@code @PathParam}, {@code @Context}...) is the body. */
    private static boolean isEntity(Parameter parameter) {
        return Arrays.stream(parameter.getAnnotations())
                .map(Annotation::annotationType)
                .noneMatch(type -> type.getPackageName().equals("jakarta.ws.rs")
                        || type.getPackageName().equals("jakarta.ws.rs.core"));
    }
}
