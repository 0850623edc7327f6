package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Command: schedule a training day of a cohort. */
public record NewSession(@NotNull LocalDate date, @NotBlank @Size(max = 200) String topic) {
}
