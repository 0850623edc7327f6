package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.CohortQueries;
import org.sentrakreasi.vocational.application.CohortSummary;
import org.sentrakreasi.vocational.application.ProgrammeService;
import org.sentrakreasi.vocational.application.ProgrammeSummary;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.application.UnitSummary;

/** The cohort list (akun/kohort/index.xhtml): the own unit's cohorts, or any unit's for an admin, by status. */
@Named
@ViewScoped
public class CohortsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> STATUSES = List.of("PLANNED", "RUNNING", "COMPLETED");

    @Inject
    transient CohortQueries queries;

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient UnitService units;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient Messages messages;

    private String status;
    private String unitId;
    private transient List<CohortSummary> cohorts;
    private transient Map<String, String> programmeNames;
    private transient Map<String, String> unitNames;

    public List<CohortSummary> getCohorts() {
        if (cohorts == null) {
            cohorts = queries.list(staff.get(), unitId == null ? null : Long.valueOf(unitId), status);
        }
        return cohorts;
    }

    /** The filter button: the list is read again with the chosen filters, and says how many it shows. */
    public void apply() {
        cohorts = null;
        messages.info("cohort.list.shown", getCohorts().size());
    }

    public String programmeName(String programmeId) {
        if (programmeNames == null) {
            programmeNames = programmes.all().stream()
                    .collect(Collectors.toMap(ProgrammeSummary::id, ProgrammeSummary::name));
        }
        return programmeNames.getOrDefault(programmeId, "");
    }

    public String unitName(String id) {
        if (unitNames == null) {
            unitNames = units.all().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        }
        return unitNames.getOrDefault(id, "");
    }

    public List<UnitSummary> getUnits() {
        return units.all();
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public boolean isAdmin() {
        return staff.get().isAdmin();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getUnitId() {
        return unitId;
    }

    public void setUnitId(String unitId) {
        this.unitId = unitId == null || unitId.isBlank() || !isAdmin() ? null : unitId;
    }
}
