package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;

/** Command: give a beneficiary a place in a cohort. */
public record Enrol(@NotNull Long beneficiaryId) {
}
