package org.sentrakreasi.storefront.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecentlyVerifiedCredentialsTest {

    private final MovableClock clock = new MovableClock();
    private final RecentlyVerifiedCredentials credentials = new RecentlyVerifiedCredentials(clock);
    private final CredentialValidationResult admin = new CredentialValidationResult("admin", Set.of(Roles.ADMIN));

    @Test
    void aCorrectPasswordIsRecalledUntilItsTimeIsUp() {
        credentials.remember(basic("admin", "demo-admin"), admin);

        assertThat(credentials.recall(basic("admin", "demo-admin"))).containsSame(admin);
        clock.advance(RecentlyVerifiedCredentials.TTL.minusSeconds(1));
        assertThat(credentials.recall(basic("admin", "demo-admin"))).containsSame(admin);
        clock.advance(Duration.ofSeconds(1));
        assertThat(credentials.recall(basic("admin", "demo-admin"))).isEmpty();
    }

    @Test
    void onlyTheSameUserNameAndPasswordAreRecalled() {
        credentials.remember(basic("admin", "demo-admin"), admin);

        assertThat(credentials.recall(basic("admin", "demo-admin "))).isEmpty();
        assertThat(credentials.recall(basic("admin", "wrong"))).isEmpty();
        assertThat(credentials.recall(basic("admi", "ndemo-admin"))).isEmpty();
        assertThat(credentials.recall(basic("koordinator.bekasi", "demo-admin"))).isEmpty();
    }

    @Test
    void aFailedCheckIsNeverRemembered() {
        credentials.remember(basic("admin", "guess"), CredentialValidationResult.INVALID_RESULT);
        credentials.remember(basic("nobody", "guess"), CredentialValidationResult.NOT_VALIDATED_RESULT);

        assertThat(credentials.recall(basic("admin", "guess"))).isEmpty();
        assertThat(credentials.size()).isZero();
    }

    @Test
    void neverHoldsMoreThanItsLimit() {
        for (int i = 0; i <= RecentlyVerifiedCredentials.MAX_ENTRIES + 10; i++) {
            credentials.remember(basic("user" + i, "secret"), new CredentialValidationResult("user" + i));
        }

        assertThat(credentials.size()).isLessThanOrEqualTo(RecentlyVerifiedCredentials.MAX_ENTRIES);
        assertThat(credentials.recall(basic("user" + (RecentlyVerifiedCredentials.MAX_ENTRIES + 10), "secret")))
                .isPresent();
    }

    private static UsernamePasswordCredential basic(String user, String password) {
        return new UsernamePasswordCredential(user, password);
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T02:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
