package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.sentrakreasi.vocational.domain.IncomeBand;
import org.sentrakreasi.vocational.domain.WorkStatus;

/** Command: what a former trainee reported at month 3, 6 or 12; {@code recordedOn} absent means today. */
public record RecordFollowUp(@NotNull Integer month, @NotNull WorkStatus workStatus, @NotNull IncomeBand incomeBand,
                             LocalDate recordedOn) {
}
