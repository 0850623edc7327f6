package org.sentrakreasi.storefront.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RebuildRetryTest {

    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private final RebuildRetry retry = new RebuildRetry();

    @Test
    void nothingIsDueUntilARebuildFails() {
        assertThat(retry.isDue(T0.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void aFailedRebuildIsDueAfterAWaitThatDoublesUpToFiveMinutes() {
        assertThat(retry.failed(T0)).hasSeconds(10);
        assertThat(retry.isDue(T0.plusSeconds(9))).isFalse();
        assertThat(retry.isDue(T0.plusSeconds(10))).isTrue();

        assertThat(retry.failed(T0)).hasSeconds(20);
        assertThat(retry.failed(T0)).hasSeconds(40);
        for (int i = 0; i < 10; i++) {
            retry.failed(T0);
        }
        assertThat(retry.failed(T0)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void aSuccessClearsTheRetryAndStartsTheWaitOver() {
        retry.failed(T0);
        retry.failed(T0);

        retry.succeeded();

        assertThat(retry.isDue(T0.plus(Duration.ofDays(1)))).isFalse();
        assertThat(retry.failed(T0)).hasSeconds(10);
    }
}
