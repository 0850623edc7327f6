package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.NewProgramme;
import org.sentrakreasi.vocational.application.ProgrammeService;
import org.sentrakreasi.vocational.application.ProgrammeSummary;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/** The add-a-programme form beside the new-cohort form (akun/kohort/baru.xhtml); programmes are shared by all units. */
@Named
@ViewScoped
public class NewProgrammeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("name", "programme-name",
            "description", "programme-description");

    @Inject
    transient ProgrammeService programmes;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    @Inject
    NewCohortBacking cohortForm;

    private String name;
    private String description;

    public void create() {
        try {
            ProgrammeSummary created = programmes.create(staff.get(), new NewProgramme(name, description));
            messages.info("cohort.programme.created", created.name());
            cohortForm.programmeAdded(created);
            name = null;
            description = null;
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "programme", FIELDS);
        }
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
