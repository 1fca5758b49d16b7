package io.docuelevate.application.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The reference's upload limiter factors (spec §9 item 25). */
class UploadPressureTest {

    @Test
    void queueDepthAboveFiftyHundredAndTwoHundredCutsToHalfQuarterAndTenth() {
        assertEquals(1.0, UploadPressure.queueFactor(50));
        assertEquals(0.5, UploadPressure.queueFactor(51));
        assertEquals(0.5, UploadPressure.queueFactor(100));
        assertEquals(0.25, UploadPressure.queueFactor(101));
        assertEquals(0.25, UploadPressure.queueFactor(200));
        assertEquals(0.1, UploadPressure.queueFactor(201));
    }

    @Test
    void loadPerProcessorAboveOneAndAHalfTwoAndThreeCutsToHalfQuarterAndTenth() {
        assertEquals(1.0, UploadPressure.loadFactor(-1), "unknown load");
        assertEquals(1.0, UploadPressure.loadFactor(1.5));
        assertEquals(0.5, UploadPressure.loadFactor(1.6));
        assertEquals(0.25, UploadPressure.loadFactor(2.1));
        assertEquals(0.1, UploadPressure.loadFactor(3.1));
    }

    @Test
    void theWorstFactorWinsTheResultIsAtLeastOneAndZeroStaysZero() {
        double worst = Math.min(UploadPressure.queueFactor(60), UploadPressure.loadFactor(2.5));
        assertEquals(5, UploadPressure.effectiveLimit(20, worst));
        assertEquals(20, UploadPressure.effectiveLimit(20, 1.0));
        assertEquals(10, UploadPressure.effectiveLimit(20, 0.5));
        assertEquals(2, UploadPressure.effectiveLimit(20, 0.1));
        assertEquals(1, UploadPressure.effectiveLimit(3, 0.1));
        assertEquals(0, UploadPressure.effectiveLimit(0, 0.5));
    }
}
