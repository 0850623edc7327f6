package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.account.RecordIds;
import org.sentrakreasi.vocational.application.AttendanceMark;
import org.sentrakreasi.vocational.application.AttendanceSheet;
import org.sentrakreasi.vocational.application.CohortRoster;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * A session's attendance sheet (akun/kohort/presensi.xhtml?sesi=): a row per trainee with a native
 * radio group, "all present" to start from, one save. Rows left unmarked are not sent (at a
 * held session no mark counts as absent).
 */
@Named
@ViewScoped
public class AttendanceBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("PRESENT", "ABSENT", "EXCUSED");

    @Inject
    transient CohortRoster roster;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    private String sessionId;
    private String cohortId;
    private String cohortName;
    private LocalDate date;
    private String topic;
    private final List<Row> rows = new ArrayList<>();

    /** One trainee's line; the status is what the form holds, saved or not. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long beneficiaryId;
        private final String fullName;
        private String status;

        Row(long beneficiaryId, String fullName, String status) {
            this.beneficiaryId = beneficiaryId;
            this.fullName = fullName;
            this.status = status;
        }

        public String getFullName() {
            return fullName;
        }

        public String getStatus() {
            return status;
        }

        public void setStatus(String status) {
            this.status = status == null || status.isBlank() ? null : status;
        }
    }

    /** f:viewAction: the session named by ?sesi=, or the 404 / 403 page. */
    public void load() {
        AttendanceSheet sheet = roster.attendanceSheet(staff.get(), RecordIds.parse("session", sessionId));
        cohortId = sheet.cohortId();
        cohortName = sheet.cohortName();
        date = sheet.date();
        topic = sheet.topic();
        rows.clear();
        for (AttendanceSheet.Line line : sheet.lines()) {
            rows.add(new Row(Long.parseLong(line.beneficiaryId()), line.fullName(), line.status()));
        }
    }

    /** Marks everyone present in the form (not yet saved): then only the exceptions need a key press. */
    public void allPresent() {
        rows.forEach(row -> row.status = "PRESENT");
        messages.info("cohort.attendance.allMarked", rows.size());
    }

    public void save() {
        List<AttendanceMark> marks = rows.stream().filter(row -> row.status != null)
                .map(row -> AttendanceMark.of(row.beneficiaryId, row.status)).toList();
        if (marks.isEmpty()) {
            messages.error("cohort.attendance.noneMarked");
            return;
        }
        try {
            cohorts.recordAttendance(staff.get(), RecordIds.parse("session", sessionId), marks);
            messages.info("cohort.attendance.saved", marks.size());
            load();
        } catch (InvalidValueException | VocationalConflictException e) {
            feedback.show(e, "sheet", Map.of());
        }
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getSessionId() {
        return sessionId;
    }

    public void setSessionId(String sessionId) {
        this.sessionId = sessionId;
    }

    public String getCohortId() {
        return cohortId;
    }

    public String getCohortName() {
        return cohortName;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getTopic() {
        return topic;
    }
}
