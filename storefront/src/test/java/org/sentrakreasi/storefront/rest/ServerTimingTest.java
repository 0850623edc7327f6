package org.sentrakreasi.storefront.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ServerTimingTest {

    @Test
    void theEngineTimeIsInMillisecondsWithTwoDecimals() {
        assertEquals("engine;dur=4.51", ProductResource.serverTiming(Duration.ofNanos(4_505_000)));
        assertEquals("engine;dur=0.00", ProductResource.serverTiming(Duration.ofNanos(4_000)));
        assertEquals("engine;dur=1234.57", ProductResource.serverTiming(Duration.ofNanos(1_234_567_891)));
    }
}
