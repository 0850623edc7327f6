package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.CohortSummary;
import org.sentrakreasi.vocational.application.NewCohort;
import org.sentrakreasi.vocational.application.ProgrammeService;
import org.sentrakreasi.vocational.application.ProgrammeSummary;
import org.sentrakreasi.vocational.application.Staff;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.application.UnitSummary;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/** The new-cohort form (akun/kohort/baru.xhtml): a coordinator plans one for the own unit, an admin for any. */
@Named
@ViewScoped
public class NewCohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("programId", "programme", "unitId", "unit",
            "name", "name", "startDate", "start", "endDate", "end", "capacity", "capacity",
            "attendanceThreshold", "threshold");

    @Inject
    transient CohortService cohorts;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient UnitService units;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    private String programmeId;
    private String unitId;
    private String name;
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer capacity;
    private Integer threshold = 80;
    /**
     * The cohort this form made, and from what. The same form sent again unchanged (Back, then
     * Create; a double click) shows that cohort instead of making a second one with the same name;
     * a changed form makes a new cohort.
     */
    private String createdId;
    private String createdName;
    private NewCohort createdFrom;

    /** Synchronized: the two posts of a double click restore the same view, and this bean with it. */
    public synchronized void create() throws IOException {
        Staff me = staff.get();
        Long unit = me.isAdmin() ? (unitId == null ? null : Long.valueOf(unitId)) : me.unitId();
        NewCohort command = new NewCohort(programmeId == null ? null : Long.valueOf(programmeId),
                unit, name, startDate, endDate, capacity, threshold);
        if (command.equals(createdFrom)) {
            messages.info("cohort.createdBefore", createdName);
            show(createdId);
            return;
        }
        try {
            CohortSummary created = cohorts.create(me, command);
            createdId = created.id();
            createdName = created.name();
            createdFrom = command;
            messages.info("cohort.created", created.name());
            show(created.id());
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "cohort", FIELDS);
        }
    }

    private static void show(String cohortId) throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.getFlash().setKeepMessages(true);
        external.redirect(external.getRequestContextPath() + "/akun/kohort/detail.xhtml?id=" + cohortId);
    }

    /** After a programme was added on the same page: it is in the list, and chosen. */
    void programmeAdded(ProgrammeSummary programme) {
        programmeId = programme.id();
    }

    public List<ProgrammeSummary> getProgrammes() {
        return programmes.all();
    }

    public List<UnitSummary> getUnits() {
        return units.all();
    }

    public boolean isAdmin() {
        return staff.get().isAdmin();
    }

    public String getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(String programmeId) {
        this.programmeId = programmeId;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public Integer getThreshold() {
        return threshold;
    }

    public void setThreshold(Integer threshold) {
        this.threshold = threshold;
    }
}
