package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Command: add a programme (a skill taught in cohorts, e.g. Tata Boga). */
public record NewProgramme(@NotBlank @Size(max = 120) String name, @Size(max = 2000) String description) {
}
