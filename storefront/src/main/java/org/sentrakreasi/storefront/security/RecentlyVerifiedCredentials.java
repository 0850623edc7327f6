package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * API calls carry HTTP Basic on every request, and checking a password is a deliberately slow
 * PBKDF2 hash (100,000 iterations, tens of milliseconds of CPU): a client following an import job
 * paid it on every poll. A correct user name and password are remembered for {@link #TTL}, under
 * an HMAC whose key is made at start-up and never leaves memory, so no password is kept. Wrong
 * passwords are never remembered: guessing still costs the full hash every time. The price is that
 * a deactivated account keeps API access for at most {@link #TTL}.
 */
@ApplicationScoped
public class RecentlyVerifiedCredentials {

    static final Duration TTL = Duration.ofSeconds(60);
    static final int MAX_ENTRIES = 1_000;
    private static final String HMAC = "HmacSHA256";

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Clock clock;

    protected RecentlyVerifiedCredentials() {
        this(Clock.systemUTC());
    }

    @Inject
    public RecentlyVerifiedCredentials(Clock clock) {
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, HMAC);
    }

    /** The result of an earlier successful check of exactly this user name and password, if still fresh. */
    public Optional<CredentialValidationResult> recall(UsernamePasswordCredential credential) {
        String id = fingerprint(credential);
        Verified known = verified.get(id);
        if (known == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(known.expires())) {
            verified.remove(id, known);
            return Optional.empty();
        }
        return Optional.of(known.result());
    }

    /** Remembers a successful check; anything else is ignored. */
    public void remember(UsernamePasswordCredential credential, CredentialValidationResult result) {
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return;
        }
        Instant now = clock.instant();
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(entry -> !now.isBefore(entry.expires()));
            if (verified.size() >= MAX_ENTRIES) {
                // Many distinct valid credentials within a minute: start over rather than grow.
                verified.clear();
            }
        }
        verified.put(fingerprint(credential), new Verified(result, now.plus(TTL)));
    }

    int size() {
        return verified.size();
    }

    private String fingerprint(UsernamePasswordCredential credential) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(credential.getCaller().getBytes(StandardCharsets.UTF_8));
            // A separator no user name contains, so that "ab"+"c" and "a"+"bc" differ.
            mac.update((byte) 0);
            mac.update(credential.getPasswordAsString().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private record Verified(CredentialValidationResult result, Instant expires) {
    }
}
