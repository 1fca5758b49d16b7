package io.docuelevate.interfaces.rest.dto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    @Test
    void timestampsAreUtcWithMicrosecondsAndANumericOffset() {
        assertEquals(
                "2026-01-15T10:30:00.123456+00:00",
                Timestamps.iso(OffsetDateTime.parse("2026-01-15T10:30:00.123456789Z")));
        assertEquals(
                "2026-01-15T08:30:00.000000+00:00", Timestamps.iso(OffsetDateTime.parse("2026-01-15T10:30+02:00")));
        assertNull(Timestamps.iso(null));
    }
}
