package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;
import org.sentrakreasi.vocational.domain.ConsentField;

/**
 * Command: a beneficiary's decision about one public field. A minor's grant needs
 * {@code guardianConsent}; a withdrawal never waits for it.
 */
public record ConsentDecision(@NotNull ConsentField field, @NotNull Boolean granted, Boolean guardianConsent) {

    /**
     * The decision on a field named as in {@link ConsentOverview.FieldConsent#field()}.
     *
     * @throws org.sentrakreasi.vocational.domain.InvalidValueException naming {@code field} when it is no public field
     */
    public static ConsentDecision of(String field, boolean granted, Boolean guardianConsent) {
        return new ConsentDecision(Choices.optional(ConsentField.class, "field", field), granted, guardianConsent);
    }
}
