package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.account.RecordIds;
import org.sentrakreasi.vocational.application.CohortDetails;
import org.sentrakreasi.vocational.application.CohortExport;
import org.sentrakreasi.vocational.application.CohortQueries;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * A cohort's page (akun/kohort/detail.xhtml?id=): its figures and status with Start and Complete,
 * and the CSV export, which goes through the session login like the page (the REST export wants
 * Basic credentials). Trainees and sessions have their own beans on the same page.
 */
@Named
@ViewScoped
public class CohortBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CohortQueries queries;

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CohortExport export;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    private String id;
    private transient CohortDetails details;

    /** f:viewAction: the cohort named by ?id=, or the 404 / 403 page. */
    public void load() {
        details = queries.details(staff.get(), cohortId());
    }

    public CohortDetails getDetails() {
        if (details == null) {
            load();
        }
        return details;
    }

    /** Reads the figures again after a change made on this page. */
    void reload() {
        details = null;
    }

    long cohortId() {
        return RecordIds.parse("cohort", id);
    }

    public void start() {
        try {
            cohorts.start(staff.get(), cohortId());
            messages.info("cohort.started");
        } catch (VocationalConflictException e) {
            feedback.show(e, "status", Map.of());
        }
        reload();
    }

    public void complete() {
        try {
            cohorts.complete(staff.get(), cohortId());
            messages.info("cohort.completed");
        } catch (VocationalConflictException e) {
            feedback.show(e, "status", Map.of());
        }
        reload();
    }

    /** Sends the cohort's CSV (names, no NIK unless admin) as a download; audited by the export. */
    public void downloadCsv() throws IOException {
        byte[] csv = export.csv(staff.get(), cohortId()).getBytes(StandardCharsets.UTF_8);
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("text/csv; charset=UTF-8");
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"kohort-" + cohortId() + ".csv\"");
        external.setResponseHeader("Cache-Control", "no-store");
        external.setResponseContentLength(csv.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(csv);
        }
        faces.responseComplete();
    }

    public boolean isPlanned() {
        return "PLANNED".equals(getDetails().status());
    }

    public boolean isRunning() {
        return "RUNNING".equals(getDetails().status());
    }

    public boolean isOpen() {
        return !"COMPLETED".equals(getDetails().status());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
