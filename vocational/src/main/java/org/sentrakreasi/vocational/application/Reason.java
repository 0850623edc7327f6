package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command body of steps that need a stated reason: a withdrawal, an exemption, a revocation. */
public record Reason(@NotBlank @Size(max = 500) String reason) {
}
