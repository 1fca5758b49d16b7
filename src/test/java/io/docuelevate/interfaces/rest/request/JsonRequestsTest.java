package io.docuelevate.interfaces.rest.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.docuelevate.interfaces.rest.UnprocessableRequestException;
import io.docuelevate.interfaces.rest.ValidationErrors;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request bodies bound to records and validated as the REST layer does it (JSON-B, then Bean Validation). */
class JsonRequestsTest {

    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        validation.close();
    }

    @Test
    void idBodiesAreArraysOrFileIdsObjectsOfPositiveIntegersEachOnce() {
        assertEquals(List.of(3L, 1L, 2L), documentIds("[3, 1, 3, 2]"));
        assertEquals(List.of(5L), documentIds("{\"file_ids\": [5]}"));
        assertEquals(List.of(), documentIds("[]"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "not json",
                "{\"ids\": [1]}",
                "[0]",
                "[-4]",
                "[1.5]",
                "[\"1\"]",
                "[null]",
                "{\"file_ids\": 3}"
            })
    void malformedIdBodiesAreRefused(String body) {
        assertThrows(UnprocessableRequestException.class, () -> documentIds(body), body);
    }

    @Test
    void tooManyIdsAreRefused() {
        StringBuilder body = new StringBuilder("[");
        for (int i = 1; i <= DocumentIdsRequest.MAX_IDS + 1; i++) {
            body.append(i == 1 ? "" : ",").append(i);
        }
        assertThrows(UnprocessableRequestException.class, () -> documentIds(body + "]"));
    }

    @Test
    void stringFieldsOfOptionalBodies() {
        assertEquals(Optional.of("process_with_ocr"), subtaskName("{\"subtask_name\": \"process_with_ocr\"}"));
        assertEquals(Optional.empty(), subtaskName(""));
        assertEquals(Optional.empty(), subtaskName("{}"));
        assertEquals(Optional.empty(), subtaskName("{\"subtask_name\": null}"));
        assertThrows(UnprocessableRequestException.class, () -> subtaskName("[1]"));
        assertThrows(UnprocessableRequestException.class, () -> subtaskName("{\"subtask_name\": 3}"));
    }

    @Test
    void violationsNameTheFieldAsJsonNamesIt() {
        Set<ConstraintViolation<DocumentIdsRequest>> violations =
                validator.validate(JsonRequests.bind("[4, 0]", DocumentIdsRequest.class));
        assertEquals(Set.of("file_ids[1] must be a positive integer"), describe(violations));
        ApiTokenRequest token =
                JsonRequests.bind("{\"name\": \" \", \"expires_in_days\": 3651}", ApiTokenRequest.class);
        assertEquals(
                Set.of("name is required (1–255 characters)", "expires_in_days must be an integer from 1 to 3650"),
                describe(validator.validate(token)));
    }

    @Test
    void recordsBindTheSnakeCaseNames() {
        ApiTokenRequest token = JsonRequests.bind(
                "{\"name\": \"CLI\", \"expires_in_days\": 30, \"admin_scope\": true}", ApiTokenRequest.class);
        assertEquals(new ApiTokenRequest("CLI", 30, true), token);
        LocalUserRequest user = JsonRequests.bind(
                "{\"username\": \"ann\", \"password\": \"pw\", \"is_admin\": true}", LocalUserRequest.class);
        assertEquals(new LocalUserRequest("ann", null, "pw", true), user);
        NewSavedSearchRequest search =
                JsonRequests.bind("{\"name\": \"Bills\", \"filters\": {\"q\": \"x\"}}", NewSavedSearchRequest.class);
        assertEquals("x", search.filters().asJsonObject().getString("q"));
        assertNull(search.pinned());
        assertThrows(
                UnprocessableRequestException.class,
                () -> JsonRequests.bind("{\"name\": \"Bills\", \"pinned\": \"yes\"}", NewSavedSearchRequest.class));
        assertTrue(describe(validator.validate(JsonRequests.bind("{}", NewSavedSearchRequest.class)))
                .contains("name is required"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[1e99999999999]", "{\"name\": 1e99999999999}", "{\"filters\": {\"q\": -1e99999999999}}"})
    void numbersBeyondWhatBigDecimalHoldsAreRefusedNotFailed(String body) {
        assertThrows(UnprocessableRequestException.class, () -> JsonRequests.bind(body, DocumentIdsRequest.class));
        assertThrows(UnprocessableRequestException.class, () -> JsonRequests.bind(body, NewSavedSearchRequest.class));
        assertThrows(UnprocessableRequestException.class, () -> JsonRequests.object(body));
    }

    @Test
    void nestingDeeperThanTheParserAllowsIsRefusedNotFailed() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        UnprocessableRequestException refused = assertThrows(
                UnprocessableRequestException.class, () -> JsonRequests.bind(deep, DocumentIdsRequest.class));
        assertTrue(refused.getMessage().startsWith("Request body cannot be read as JSON"), refused.getMessage());
        assertThrows(
                UnprocessableRequestException.class,
                () -> JsonRequests.bind("{\"filters\": " + deep + "}", NewSavedSearchRequest.class));
        assertThrows(UnprocessableRequestException.class, () -> JsonRequests.object("{\"title\": " + deep + "}"));
    }

    @Test
    void objectBodiesMustBeObjects() {
        assertEquals("x", JsonRequests.object("{\"title\": \"x\"}").getString("title"));
        assertNull(JsonRequests.object(" "));
        for (String notAnObject : List.of("[\"a\"]", "[1e999]", "1", "\"text\"", "null", "true")) {
            UnprocessableRequestException refused =
                    assertThrows(UnprocessableRequestException.class, () -> JsonRequests.object(notAnObject));
            assertEquals("Request body must be a JSON object", refused.getMessage(), notAnObject);
        }
        assertEquals(
                "Request body is not valid JSON",
                assertThrows(UnprocessableRequestException.class, () -> JsonRequests.object("{"))
                        .getMessage());
    }

    @Test
    void hugeIntegersAreNotIntegersOfTheRecord() {
        assertThrows(
                UnprocessableRequestException.class,
                () -> JsonRequests.bind("{\"backup_id\": 99999999999999999999}", BackupRestoreRequest.class));
        assertThrows(
                UnprocessableRequestException.class,
                () -> JsonRequests.bind("{\"backup_id\": 1e999}", BackupRestoreRequest.class));
        assertEquals(
                7L,
                JsonRequests.bind("{\"backup_id\": 7}", BackupRestoreRequest.class)
                        .backupId());
    }

    /** The ids as a bulk endpoint gets them; refusals (of the binding or of a constraint) are 422s. */
    private static List<Long> documentIds(String body) {
        DocumentIdsRequest request = JsonRequests.bind(body, DocumentIdsRequest.class);
        if (request == null || !validator.validate(request).isEmpty()) {
            throw new UnprocessableRequestException("refused: " + body);
        }
        return request.ids();
    }

    private static Optional<String> subtaskName(String body) {
        return Optional.ofNullable(JsonRequests.bind(body, RetryStepRequest.class))
                .map(RetryStepRequest::subtaskName);
    }

    private static Set<String> describe(Set<? extends ConstraintViolation<?>> violations) {
        return violations.stream().map(ValidationErrors::describe).collect(Collectors.toSet());
    }
}
