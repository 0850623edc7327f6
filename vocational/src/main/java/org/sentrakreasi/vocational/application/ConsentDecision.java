package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;
import org.sentrakreasi.vocational.domain.ConsentField;

/**
 * Command: a beneficiary's decision about one public field. A minor's grant needs
 * {@code guardianConsent}; a withdrawal never waits for it.
 */
public record ConsentDecision(@NotNull ConsentField field, @NotNull Boolean granted, Boolean guardianConsent) {
}
