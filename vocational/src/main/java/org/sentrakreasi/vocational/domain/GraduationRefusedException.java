package org.sentrakreasi.vocational.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Graduation asked for while a condition is unmet; the message says which, with the figures. */
public class GraduationRefusedException extends VocationalConflictException {

    public enum UnmetCondition {
        /** The attendance rate is below the cohort's threshold. */
        ATTENDANCE,
        /** No KOMPETEN assessment in force, and no exemption. */
        COMPETENCY
    }

    private final Set<UnmetCondition> unmet;
    private final AttendanceRate attendance;
    private final int thresholdPercent;

    GraduationRefusedException(Set<UnmetCondition> unmet, AttendanceRate attendance, int thresholdPercent) {
        super(message(unmet, attendance, thresholdPercent));
        this.unmet = Set.copyOf(unmet);
        this.attendance = attendance;
        this.thresholdPercent = thresholdPercent;
    }

    private static String message(Set<UnmetCondition> unmet, AttendanceRate attendance, int thresholdPercent) {
        List<String> reasons = new ArrayList<>();
        if (unmet.contains(UnmetCondition.ATTENDANCE)) {
            reasons.add(attendance.percent().isPresent()
                    ? "attendance " + attendance.formatted() + " < threshold " + thresholdPercent + "%"
                    : "attendance: no session counted (threshold " + thresholdPercent + "%)");
        }
        if (unmet.contains(UnmetCondition.COMPETENCY)) {
            reasons.add("no KOMPETEN assessment in force and no exemption");
        }
        return "Cannot graduate: " + String.join("; ", reasons);
    }

    public Set<UnmetCondition> unmet() {
        return EnumSet.copyOf(unmet);
    }

    public AttendanceRate attendance() {
        return attendance;
    }

    public int thresholdPercent() {
        return thresholdPercent;
    }

    /** Whether attendance is below the threshold (for callers outside the domain, which word the refusal themselves). */
    public boolean attendanceUnmet() {
        return unmet.contains(UnmetCondition.ATTENDANCE);
    }

    /** Whether competence is neither certified nor exempted. */
    public boolean competencyUnmet() {
        return unmet.contains(UnmetCondition.COMPETENCY);
    }

    /** The attendance rate in percent as {@link AttendanceRate#percent()}; empty when no session counted. */
    public Optional<BigDecimal> attendancePercent() {
        return attendance.percent();
    }
}
