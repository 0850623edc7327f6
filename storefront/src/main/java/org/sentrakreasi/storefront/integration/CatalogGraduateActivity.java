package org.sentrakreasi.storefront.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.MakerProfileService;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.vocational.application.GraduateActivity;

/**
 * What graduates do as makers, for the cohort outcomes: listings from the catalog, sales from the
 * order lines of their products. A graduate is found as a maker by the opaque beneficiary
 * reference of the catalog's maker profile; a sale is a line of an order that is paid and not
 * cancelled, on the day of its payment (WIB; an order paid at pickup on the day it was completed):
 * the rule of the makers' own income page.
 */
@ApplicationScoped
public class CatalogGraduateActivity implements GraduateActivity {

    private MakerProfileService profiles;
    private OrderQueries orders;

    protected CatalogGraduateActivity() {
        // for CDI proxies
    }

    @Inject
    public CatalogGraduateActivity(MakerProfileService profiles, OrderQueries orders) {
        this.profiles = profiles;
        this.orders = orders;
    }

    @Override
    public Set<String> withListings(Collection<String> beneficiaryRefs) {
        return profiles.withPublishedListings(beneficiaryRefs);
    }

    @Override
    public List<Sale> sales(Collection<String> beneficiaryRefs) {
        Map<String, Long> makerIds = profiles.makerIdsOf(beneficiaryRefs);
        Map<Long, String> refsByMaker = makerIds.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        return orders.salesOf(refsByMaker.keySet()).stream()
                .map(sale -> new Sale(refsByMaker.get(sale.makerId()), sale.soldOn(), sale.amount()))
                .toList();
    }
}
