package io.docuelevate.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PreviewMediaTypesTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "application/pdf             | application/pdf",
                "image/png                   | image/png",
                "IMAGE/JPEG                  | image/jpeg",
                "image/webp                  | image/webp",
                "text/plain                  | text/plain; charset=utf-8",
                "text/csv; charset=latin1    | text/csv; charset=utf-8",
            })
    void passiveTypesAreShownInline(String stored, String served) {
        assertEquals(Optional.of(served), PreviewMediaTypes.inlineType(stored));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "text/html",
                "image/svg+xml",
                "application/xhtml+xml",
                "application/xml",
                "text/xml",
                "application/javascript",
                "application/octet-stream",
                "application/vnd.ms-excel",
                ""
            })
    void activeOrUnknownTypesAreNeverInline(String stored) {
        assertEquals(Optional.empty(), PreviewMediaTypes.inlineType(stored));
    }

    @org.junit.jupiter.api.Test
    void noTypeIsNotInline() {
        assertEquals(Optional.empty(), PreviewMediaTypes.inlineType(null));
    }
}
