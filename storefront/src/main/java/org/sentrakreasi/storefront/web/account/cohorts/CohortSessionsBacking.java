package org.sentrakreasi.storefront.web.account.cohorts;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.CohortService;
import org.sentrakreasi.vocational.application.NewSession;
import org.sentrakreasi.vocational.application.SessionSummary;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/** Adds a training day to the cohort on its page (akun/kohort/detail.xhtml); the list comes with the cohort's details. */
@Named
@ViewScoped
public class CohortSessionsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("date", "date", "topic", "topic");

    @Inject
    transient CohortService cohorts;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient CohortFeedback feedback;

    @Inject
    transient Messages messages;

    @Inject
    CohortBacking cohort;

    private LocalDate date;
    private String topic;

    public void add() {
        try {
            SessionSummary added = cohorts.addSession(staff.get(), cohort.cohortId(), new NewSession(date, topic));
            messages.info("cohort.session.added", added.topic());
            date = null;
            topic = null;
            cohort.reload();
        } catch (InvalidValueException | ConstraintViolationException | VocationalConflictException e) {
            feedback.show(e, "session", FIELDS);
        }
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTopic() {
        return topic;
    }

    public void setTopic(String topic) {
        this.topic = topic;
    }
}
