package org.sentrakreasi.storefront.web.account.beneficiaries;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.ConsentMissingException;
import org.sentrakreasi.vocational.application.MakerProfileSummary;
import org.sentrakreasi.vocational.application.NewMakerProfile;

/**
 * "Create public maker profile" on the record page: the service publishes only what is consented
 * to (a display name first of all), and the page shows what went public.
 */
@Named
@ViewScoped
public class MakerProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BeneficiaryService beneficiaries;

    @Inject
    transient CurrentStaff staff;

    @Inject
    transient Messages messages;

    @Inject
    BeneficiaryBacking beneficiary;

    private String displayName;
    private String story;
    private String region;
    private boolean showPhoto;
    // Shown after publishing; not worth keeping in a serialised session.
    private transient MakerProfileSummary published;

    public void publish() {
        try {
            published = beneficiaries.publishMakerProfile(staff.get(), beneficiary.getBeneficiaryId(),
                    new NewMakerProfile(displayName, story, showPhoto, region));
            messages.info("beneficiary.profile.published");
        } catch (ConsentMissingException e) {
            FieldErrors.show(messages, "profile:displayName", "beneficiary.profile.consentMissing");
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                String field = FieldErrors.fieldOf(violation);
                if ("story".equals(field) || "region".equals(field)) {
                    FieldErrors.show(messages, "profile:" + field, "beneficiary.profile.tooLong");
                } else {
                    FieldErrors.show(messages, "profile:displayName", "beneficiary.profile.displayNameRequired");
                }
            }
        }
    }

    public MakerProfileSummary getPublished() {
        return published;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isShowPhoto() {
        return showPhoto;
    }

    public void setShowPhoto(boolean showPhoto) {
        this.showPhoto = showPhoto;
    }
}
