package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;
import org.sentrakreasi.catalog.domain.ProductStatus;
import org.sentrakreasi.catalog.domain.Rupiah;

/**
 * Applies import rows in one transaction per batch. A row that names something unknown or
 * someone else's is reported and skipped before anything is written for it, so that the other
 * rows of the batch still land.
 */
@ApplicationScoped
@Transactional
public class ImportRowApplier {

    private ProductRepository products;
    private MakerRepository makers;
    private CategoryRepository categories;
    private UnitDirectory units;
    private SearchOutbox outbox;
    private Clock clock;

    protected ImportRowApplier() {
        // for CDI proxies
    }

    @Inject
    public ImportRowApplier(ProductRepository products, MakerRepository makers, CategoryRepository categories,
                            UnitDirectory units, SearchOutbox outbox, Clock clock) {
        this.products = products;
        this.makers = makers;
        this.categories = categories;
        this.units = units;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @return the rows that were refused, with the reason */
    public List<RowError> apply(Actor actor, List<ImportRow> rows) {
        List<RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            String problem = applyRow(actor, row);
            if (problem != null) {
                errors.add(new RowError(row.line(), problem));
            }
        }
        return errors;
    }

    private String applyRow(Actor actor, ImportRow row) {
        Optional<UnitRef> unit = unitOf(actor, row);
        if (unit.isEmpty()) {
            return row.unitCode() == null ? "unit is required (your account has no unit)" : "unknown unit " + row.unitCode();
        }
        long unitId = Long.parseLong(unit.get().id());
        if (actor.role() == Actor.Role.COORDINATOR && !actor.unitId().equals(unitId)) {
            return "unit " + unit.get().code() + " is not your unit";
        }
        Optional<Category> category = categories.find(row.category());
        if (category.isEmpty()) {
            return "unknown category " + row.category();
        }
        Optional<Product> existing = products.findBySku(row.sku());
        if (existing.isPresent() && !existing.get().unitId().equals(unitId)) {
            return "sku " + row.sku() + " belongs to another unit";
        }
        if (existing.isPresent() && existing.get().status() == ProductStatus.ARCHIVED && !row.publish()) {
            return "sku " + row.sku() + " is archived";
        }
        Maker maker = makers.findByDisplayName(unitId, row.maker())
                .orElseGet(() -> makers.store(new Maker(row.maker(), unitId, row.region(), null)));
        Product product = existing.map(p -> update(p, row, category.get(), maker))
                .orElseGet(() -> create(row, category.get(), maker));
        outbox.productChanged(products.store(product).id());
        return null;
    }

    private Optional<UnitRef> unitOf(Actor actor, ImportRow row) {
        if (row.unitCode() != null) {
            return units.findByCode(row.unitCode());
        }
        return actor.unitId() == null ? Optional.empty() : units.find(actor.unitId());
    }

    private Product create(ImportRow row, Category category, Maker maker) {
        Product product = new Product(row.sku(), row.name(), category, maker, Rupiah.of(row.price()), row.stock(),
                clock.instant());
        product.describe(row.description(), null);
        product.locateIn(row.region());
        if (row.publish()) {
            product.publish(clock.instant());
        }
        return product;
    }

    private Product update(Product product, ImportRow row, Category category, Maker maker) {
        if (product.status() == ProductStatus.ARCHIVED) {
            product.publish(clock.instant());
        }
        product.revise(row.name(), row.description(), product.story(), product.materials(), category,
                Rupiah.of(row.price()), row.stock());
        product.reassignTo(maker);
        product.locateIn(row.region());
        if (row.publish() && !product.isPublished()) {
            product.publish(clock.instant());
        } else if (!row.publish() && product.isPublished()) {
            product.withdrawToDraft();
        }
        return product;
    }
}
