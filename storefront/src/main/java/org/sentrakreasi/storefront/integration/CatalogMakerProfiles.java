package org.sentrakreasi.storefront.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sentrakreasi.catalog.application.MakerProfileService;
import org.sentrakreasi.catalog.application.ProfileField;
import org.sentrakreasi.catalog.application.PublishMakerProfile;
import org.sentrakreasi.vocational.application.PublicFields;
import org.sentrakreasi.vocational.application.PublicMakerProfiles;
import org.sentrakreasi.vocational.domain.ConsentField;

/**
 * Vocational decides what a beneficiary consented to show; the catalog shows it. Only the opaque
 * reference and the consented fields cross over. What shoppers see when a field is withdrawn is
 * the catalog's rule ({@link MakerProfileService}): a neutral "Pengrajin &lt;unit&gt;" for the name,
 * nothing for the story, region and photo.
 */
@ApplicationScoped
public class CatalogMakerProfiles implements PublicMakerProfiles {

    private MakerProfileService profiles;

    protected CatalogMakerProfiles() {
        // for CDI proxies
    }

    @Inject
    public CatalogMakerProfiles(MakerProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public long publish(String beneficiaryRef, long unitId, PublicFields fields) {
        return profiles.publish(new PublishMakerProfile(beneficiaryRef, unitId, fields.displayName(), fields.story(),
                fields.region(), fields.showPhoto()));
    }

    @Override
    public void withdraw(String beneficiaryRef, ConsentField field) {
        profiles.withdraw(beneficiaryRef, profileField(field));
    }

    // A switch rather than valueOf: a consent field added on one side fails the build here, not a withdrawal.
    private static ProfileField profileField(ConsentField field) {
        return switch (field) {
            case DISPLAY_NAME -> ProfileField.DISPLAY_NAME;
            case PHOTO -> ProfileField.PHOTO;
            case STORY -> ProfileField.STORY;
            case REGION -> ProfileField.REGION;
        };
    }
}
