package org.sentrakreasi.storefront.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

    @Test
    void theEngineTimeAndTheSearchCallAreInMillisecondsWithTwoDecimals() {
        assertEquals("engine;dur=4.51, search;dur=5.00",
                ProductResource.serverTiming(Duration.ofNanos(4_505_000), Duration.ofNanos(4_995_000)));
        assertEquals("engine;dur=0.00, search;dur=0.01",
                ProductResource.serverTiming(Duration.ofNanos(4_000), Duration.ofNanos(5_000)));
        assertEquals("engine;dur=1234.57, search;dur=1234.60",
                ProductResource.serverTiming(Duration.ofNanos(1_234_567_891), Duration.ofNanos(1_234_600_000)));
    }
}
