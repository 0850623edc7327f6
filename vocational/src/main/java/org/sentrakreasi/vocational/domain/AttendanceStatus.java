package org.sentrakreasi.vocational.domain;

/**
 * A beneficiary's attendance at one session. EXCUSED is an absence with a reason the unit
 * accepts (illness, therapy, a court hearing, family duty): it neither helps nor hurts the
 * attendance rate, see {@link AttendanceRate}.
 */
public enum AttendanceStatus {
    PRESENT, ABSENT, EXCUSED
}
