package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestParametersTest {

    @Test
    void documentIdsArePositiveIntegers() {
        assertEquals(42L, RequestParameters.documentId("42"));
        for (String bad : new String[] {"0", "-1", "abc", "1.5", "", "99999999999999999999"}) {
            UnprocessableRequestException e =
                    assertThrows(UnprocessableRequestException.class, () -> RequestParameters.documentId(bad), bad);
            assertTrue(e.getMessage().contains("positive integer"), e.getMessage());
        }
    }

    @Test
    void optionalIdsAreEmptyWhenAbsent() {
        assertEquals(Optional.empty(), RequestParameters.optionalId("file_id", null));
        assertEquals(Optional.empty(), RequestParameters.optionalId("file_id", " "));
        assertEquals(Optional.of(7L), RequestParameters.optionalId("file_id", "7"));
        assertThrows(UnprocessableRequestException.class, () -> RequestParameters.optionalId("file_id", "x"));
    }

    @Test
    void integersAreCheckedAgainstTheirRangeAndDefaulted() {
        assertEquals(100, RequestParameters.intInRange("limit", null, 100, 1, 1000));
        assertEquals(1000, RequestParameters.intInRange("limit", "1000", 100, 1, 1000));
        UnprocessableRequestException e = assertThrows(
                UnprocessableRequestException.class, () -> RequestParameters.intInRange("limit", "1001", 100, 1, 1000));
        assertEquals("limit must be an integer from 1 to 1000, got '1001'", e.getMessage());
        assertThrows(
                UnprocessableRequestException.class, () -> RequestParameters.intInRange("limit", "0", 100, 1, 1000));
        assertThrows(
                UnprocessableRequestException.class, () -> RequestParameters.intInRange("limit", "ten", 100, 1, 1000));
    }

    @Test
    void taskIdsMustBeUuids() {
        assertEquals(
                "0b8f9d2e-3c4a-4f6b-9e1d-2a3b4c5d6e7f",
                RequestParameters.taskId("0b8f9d2e-3c4a-4f6b-9e1d-2a3b4c5d6e7f"));
        for (String bad : new String[] {"abc-123", "../../etc", "0b8f9d2e3c4a4f6b9e1d2a3b4c5d6e7f", ""}) {
            assertThrows(UnprocessableRequestException.class, () -> RequestParameters.taskId(bad), bad);
        }
        assertThrows(UnprocessableRequestException.class, () -> RequestParameters.taskId(null));
        assertEquals(Optional.empty(), RequestParameters.optionalTaskId(null));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "2026-01-15                   | 2026-01-15T00:00Z     | 2026-01-16T00:00Z",
                "2026-01-15T10:30:00          | 2026-01-15T10:30Z     | 2026-01-15T10:30:00.000001Z",
                "2026-01-15 10:30:00          | 2026-01-15T10:30Z     | 2026-01-15T10:30:00.000001Z",
                "2026-01-15T10:30:00Z         | 2026-01-15T10:30Z     | 2026-01-15T10:30:00.000001Z",
                "2026-01-15T12:30:00+02:00    | 2026-01-15T12:30+02:00 | 2026-01-15T12:30:00.000001+02:00",
                "2026-01-15T12:30:00 02:00    | 2026-01-15T12:30+02:00 | 2026-01-15T12:30:00.000001+02:00",
            })
    void datesAndDateTimesBecomeBounds(String value, String lower, String upperExclusive) {
        assertEquals(Optional.of(OffsetDateTime.parse(lower)), RequestParameters.lowerBound("date_from", value));
        assertEquals(
                Optional.of(OffsetDateTime.parse(upperExclusive)),
                RequestParameters.exclusiveUpperBound("date_to", value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-13-01", "15.01.2026", "2026-01-15T25:00"})
    void malformedDatesAreRefused(String value) {
        UnprocessableRequestException e = assertThrows(
                UnprocessableRequestException.class, () -> RequestParameters.lowerBound("date_from", value));
        assertTrue(e.getMessage().startsWith("date_from must be an ISO date"), e.getMessage());
    }

    @Test
    void absentDatesAreNoBound() {
        assertEquals(Optional.empty(), RequestParameters.lowerBound("date_from", null));
        assertEquals(Optional.empty(), RequestParameters.exclusiveUpperBound("date_to", ""));
    }
}
