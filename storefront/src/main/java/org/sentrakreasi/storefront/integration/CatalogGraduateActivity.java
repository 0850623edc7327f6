package org.sentrakreasi.storefront.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.sentrakreasi.catalog.application.MakerProfileService;
import org.sentrakreasi.vocational.application.GraduateActivity;

/**
 * What graduates do as makers, for the cohort outcomes. Listings come from the catalog.
 *
 * <p>Sales are empty because the storefront takes no orders yet: there is no order line to report,
 * so every graduate's sales are truly none. When ordering exists, {@link #sales} answers from its
 * order lines (cancelled orders left out); until then nothing is estimated or typed in.
 */
@ApplicationScoped
public class CatalogGraduateActivity implements GraduateActivity {

    private MakerProfileService profiles;

    protected CatalogGraduateActivity() {
        // for CDI proxies
    }

    @Inject
    public CatalogGraduateActivity(MakerProfileService profiles) {
        this.profiles = profiles;
    }

    @Override
    public Set<String> withListings(Collection<String> beneficiaryRefs) {
        return profiles.withPublishedListings(beneficiaryRefs);
    }

    @Override
    public List<Sale> sales(Collection<String> beneficiaryRefs) {
        return List.of();
    }
}
