package org.sentrakreasi.storefront.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.sentrakreasi.catalog.application.MakerProfileService;
import org.sentrakreasi.catalog.application.ProfileField;
import org.sentrakreasi.catalog.application.PublishMakerProfile;
import org.sentrakreasi.catalog.application.SearchIndexer;
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
    private SearchIndexer indexer;

    protected CatalogMakerProfiles() {
        // for CDI proxies
    }

    @Inject
    public CatalogMakerProfiles(MakerProfileService profiles, SearchIndexer indexer) {
        this.profiles = profiles;
        this.indexer = indexer;
    }

    /** Publishing with fewer consented fields than before is a withdrawal too: search follows at once. */
    @Override
    public long publish(String beneficiaryRef, long unitId, PublicFields fields) {
        long makerId = profiles.publish(new PublishMakerProfile(beneficiaryRef, unitId, fields.displayName(),
                fields.story(), fields.region(), fields.showPhoto()));
        indexer.indexNow(profiles.listingIds(beneficiaryRef));
        return makerId;
    }

    /**
     * The field leaves search before this returns, not with the next drain of the outbox: the index
     * is written from this transaction's view (should the transaction fail, the index shows less
     * than the shop, never more).
     */
    @Override
    public void withdraw(String beneficiaryRef, ConsentField field) {
        profiles.withdraw(beneficiaryRef, profileField(field));
        indexer.indexNow(profiles.listingIds(beneficiaryRef));
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
