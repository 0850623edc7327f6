package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one place that fixes how passwords are hashed, for the identity store and for accounts that
 * the application creates. PBKDF2-HMAC-SHA256 with a per-password salt.
 */
@ApplicationScoped
public class PasswordHashing {

    static final String ALGORITHM_PARAMETER = "Pbkdf2PasswordHash.Algorithm=PBKDF2WithHmacSHA256";
    static final String ITERATIONS_PARAMETER = "Pbkdf2PasswordHash.Iterations=100000";
    static final String SALT_PARAMETER = "Pbkdf2PasswordHash.SaltSizeBytes=32";
    static final String KEY_PARAMETER = "Pbkdf2PasswordHash.KeySizeBytes=32";

    @Inject
    Pbkdf2PasswordHash hash;

    public String hash(String password) {
        hash.initialize(parameters());
        return hash.generate(password.toCharArray());
    }

    private static Map<String, String> parameters() {
        return Arrays.stream(new String[] {ALGORITHM_PARAMETER, ITERATIONS_PARAMETER, SALT_PARAMETER, KEY_PARAMETER})
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1]));
    }
}
