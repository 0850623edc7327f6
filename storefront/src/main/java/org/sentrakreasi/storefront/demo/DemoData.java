package org.sentrakreasi.storefront.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.catalog.application.NewListing;
import org.sentrakreasi.catalog.application.NewMaker;
import org.sentrakreasi.storefront.config.ConfigKeys;
import org.sentrakreasi.storefront.config.DataDirectory;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoMaker;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoProduct;
import org.sentrakreasi.storefront.demo.DemoCatalog.DemoUnit;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.storefront.security.UserAccounts;
import org.sentrakreasi.vocational.application.NewUnit;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.domain.UnitType;

/**
 * Seeds the demo units, their training records ({@link DemoTraining}), makers, products (with drawn
 * pictures), the demo accounts of API.md and a few orders ({@link DemoOrders}),
 * through the same application services as every other write. Idempotent: what exists (by unit
 * code, maker name, sku, username) is left alone, so a restart adds nothing.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
    private static final int PICTURE_SIZE = 600;

    @Inject
    @ConfigProperty(name = ConfigKeys.DEMO)
    boolean enabled;

    @Inject
    UnitService units;

    @Inject
    ListingService listings;

    @Inject
    UserAccounts accounts;

    @Inject
    DemoTraining training;

    @Inject
    DemoOrders demoOrders;

    @Inject
    DataDirectory dataDirectory;

    public void seedIfEnabled() {
        if (!enabled) {
            return;
        }
        Map<String, Long> unitIds = seedUnits(DemoCatalog.units());
        // First: the people behind the makers publish their profiles, which seedMakers then finds by name.
        training.seed(unitIds, DemoCatalog.makers());
        Map<String, Long> makerIds = seedMakers(DemoCatalog.makers(), unitIds);
        int added = seedProducts(interleavedByCategory(DemoCatalog.products()), makerIds);
        seedAccounts(unitIds, makerIds);
        demoOrders.seed();
        LOG.info(() -> "Demo mode: " + added + " demo products added, " + listings.productCount() + " products in all");
    }

    private Map<String, Long> seedUnits(List<DemoUnit> demoUnits) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoUnit unit : demoUnits) {
            ids.put(unit.code(), units.ensureUnit(
                    new NewUnit(unit.code(), unit.name(), UnitType.valueOf(unit.type()), unit.region())));
        }
        return ids;
    }

    private Map<String, Long> seedMakers(List<DemoMaker> demoMakers, Map<String, Long> unitIds) {
        Map<String, Long> ids = new HashMap<>();
        for (DemoMaker maker : demoMakers) {
            long unitId = unitIds.get(maker.unitCode());
            long id = listings.findMaker(unitId, maker.displayName())
                    .orElseGet(() -> listings.registerMaker(
                            new NewMaker(maker.displayName(), unitId, maker.region(), maker.story())));
            ids.put(maker.displayName(), id);
        }
        return ids;
    }

    private int seedProducts(List<DemoProduct> demoProducts, Map<String, Long> makerIds) {
        int added = 0;
        for (DemoProduct product : demoProducts) {
            if (listings.skuExists(product.sku())) {
                continue;
            }
            String picture = drawPicture(product);
            long id = listings.createListing(new NewListing(product.sku(), product.name(), product.description(),
                    product.story(), product.category(), makerIds.get(product.makerName()), product.price(),
                    product.stock(), List.of(picture)));
            listings.publish(id);
            added++;
        }
        return added;
    }

    /** Seeding order is "newest" order: mix the categories so the home page does not open on one kind of product. */
    static List<DemoProduct> interleavedByCategory(List<DemoProduct> products) {
        Map<String, Deque<DemoProduct>> byCategory = new LinkedHashMap<>();
        products.forEach(p -> byCategory.computeIfAbsent(p.category(), c -> new ArrayDeque<>()).add(p));
        List<DemoProduct> mixed = new ArrayList<>(products.size());
        while (mixed.size() < products.size()) {
            byCategory.values().stream().filter(queue -> !queue.isEmpty()).forEach(queue -> mixed.add(queue.poll()));
        }
        // The first round, one of each category, is seeded last and so shown first.
        Collections.reverse(mixed);
        return mixed;
    }

    private String drawPicture(DemoProduct product) {
        String fileName = product.sku().toLowerCase(Locale.ROOT) + ".png";
        Path file = dataDirectory.productMedia().resolve(fileName);
        try {
            Files.write(file, DemoPictures.png(product.sku(), product.category(), PICTURE_SIZE));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write demo picture " + file, e);
        }
        return fileName;
    }

    /** The demo accounts of API.md; they exist only in demo mode. */
    private void seedAccounts(Map<String, Long> unitIds, Map<String, Long> makerIds) {
        accounts.ensureAccount("admin", "demo-admin", Roles.ADMIN, null, null);
        accounts.ensureAccount("koordinator.bekasi", "demo-koordinator", Roles.COORDINATOR, unitIds.get("BEKASI"), null);
        accounts.ensureAccount("koordinator.magelang", "demo-koordinator", Roles.COORDINATOR, unitIds.get("MAGELANG"), null);
        accounts.ensureAccount("pengrajin.sari", "demo-pengrajin", Roles.MAKER, unitIds.get("BEKASI"), makerIds.get("Ibu Sari"));
    }
}
