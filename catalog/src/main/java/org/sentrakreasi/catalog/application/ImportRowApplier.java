package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
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
 *
 * <p>Everything a batch needs is read before anything is written: a query issued after a write
 * makes the persistence context compare every object it holds first, which turned a 100,000-row
 * import quadratic. Rows that leave a product as it was write nothing, not even an outbox entry,
 * so importing the same file twice changes nothing.
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
        List<PlacedRow> placed = place(actor, rows, errors);
        Map<String, Product> bySku = products.findBySkus(placed.stream().map(p -> p.row().sku()).toList()).stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
        MakerDirectory makerDirectory = new MakerDirectory(placed);
        List<Product> created = new ArrayList<>();
        Map<String, Product> changed = new LinkedHashMap<>();
        for (PlacedRow p : placed) {
            ImportRow row = p.row();
            Product existing = bySku.get(row.sku());
            String problem = existing == null ? null : refusal(existing, p);
            if (problem != null) {
                errors.add(new RowError(row.line(), problem));
                continue;
            }
            // A listing that already names this maker keeps them, whatever else carries the name:
            // re-importing a file must work for makers who keep their name private too.
            boolean sameMaker = existing != null && existing.maker().displayName().equals(row.maker());
            String makerProblem = sameMaker ? null : makerDirectory.refusal(p.unitId(), row, existing != null);
            if (makerProblem != null) {
                errors.add(new RowError(row.line(), makerProblem));
                continue;
            }
            Maker maker = sameMaker ? existing.maker() : makerDirectory.get(p.unitId(), row);
            if (existing == null) {
                Product product = create(row, p.category(), maker);
                created.add(product);
                bySku.put(row.sku(), product);
                changed.put(row.sku(), product);
            } else {
                ImportedFields before = ImportedFields.of(existing);
                update(existing, row, p.category(), maker);
                if (!before.equals(ImportedFields.of(existing))) {
                    changed.put(row.sku(), existing);
                }
            }
        }
        products.storeAll(created);
        outbox.productsChanged(changed.values().stream().map(Product::id).toList());
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return errors;
    }

    /** Checks unit and category of each row; the rows that pass, with what they name. */
    private List<PlacedRow> place(Actor actor, List<ImportRow> rows, List<RowError> errors) {
        Map<String, Category> categoryByCode = categories.all().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        Map<String, Optional<UnitRef>> unitByCode = new HashMap<>();
        List<PlacedRow> placed = new ArrayList<>(rows.size());
        for (ImportRow row : rows) {
            Optional<UnitRef> unit = row.unitCode() != null
                    ? unitByCode.computeIfAbsent(row.unitCode(), units::findByCode)
                    : Optional.ofNullable(actor.unitId()).flatMap(units::find);
            String problem = null;
            if (unit.isEmpty()) {
                problem = row.unitCode() == null ? ImportMessage.UNIT_REQUIRED.english() : ImportMessage.UNKNOWN_UNIT.english(row.unitCode());
            } else if (actor.role() == Actor.Role.COORDINATOR && !actor.unitId().equals(Long.parseLong(unit.get().id()))) {
                problem = ImportMessage.NOT_YOUR_UNIT.english(unit.get().code());
            } else if (!categoryByCode.containsKey(row.category())) {
                problem = ImportMessage.UNKNOWN_CATEGORY.english(row.category());
            }
            if (problem == null) {
                placed.add(new PlacedRow(row, Long.parseLong(unit.get().id()), categoryByCode.get(row.category())));
            } else {
                errors.add(new RowError(row.line(), problem));
            }
        }
        return placed;
    }

    private static String refusal(Product existing, PlacedRow p) {
        if (!existing.unitId().equals(p.unitId())) {
            return ImportMessage.SKU_OF_ANOTHER_UNIT.english(p.row().sku());
        }
        if (existing.status() == ProductStatus.ARCHIVED && !p.row().publish()) {
            return ImportMessage.SKU_ARCHIVED.english(p.row().sku());
        }
        return null;
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

    private void update(Product product, ImportRow row, Category category, Maker maker) {
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
    }

    /** A row whose unit and category are known. */
    private record PlacedRow(ImportRow row, long unitId, Category category) {
    }

    /** What an import row sets on a product, to tell whether a row changed anything. */
    private record ImportedFields(String name, String description, String category, long price, int stock,
                                  Maker maker, String region, ProductStatus status) {
        static ImportedFields of(Product p) {
            return new ImportedFields(p.name(), p.description(), p.category().code(), p.price().amount(), p.stock(),
                    p.maker(), p.region(), p.status());
        }
    }

    /**
     * The batch's makers by unit and display name, read at once; unknown names become new makers. A
     * name must point at one person: the neutral name of makers who keep their own name private is
     * shared by all of them and names no one, and two beneficiaries may have chosen the same name.
     * Matching either would put listings (and their income) on an arbitrary person's profile.
     */
    private final class MakerDirectory {

        private final Map<Long, Map<String, List<Maker>>> byUnit = new HashMap<>();
        private final Map<Long, String> neutralNames = new HashMap<>();
        /** Makers this batch made, which no listing made earlier moves to (whatever the order of the rows). */
        private final Set<Maker> madeHere = new HashSet<>();

        MakerDirectory(List<PlacedRow> rows) {
            Map<Long, List<String>> names = rows.stream().collect(Collectors.groupingBy(PlacedRow::unitId,
                    Collectors.mapping(r -> r.row().maker(), Collectors.toList())));
            names.forEach((unitId, unitNames) -> byUnit.put(unitId, makers.findByDisplayNames(unitId,
                            unitNames.stream().distinct().toList()).stream()
                    .collect(Collectors.groupingBy(Maker::displayName))));
        }

        /**
         * Why the row's maker name cannot be used, or null. An unknown name makes a new maker for a
         * new listing only: moving a listing made earlier to a made-up maker would take its sales
         * off the beneficiary's income, and a file from before a withdrawal of consent would put
         * the withdrawn name back on the shop.
         */
        String refusal(long unitId, ImportRow row, boolean listingExists) {
            String neutral = neutralNames.computeIfAbsent(unitId, u -> MakerProfileService.neutralName(units, u));
            if (row.maker().equals(neutral)) {
                return ImportMessage.NEUTRAL_MAKER_NAME.english(row.maker());
            }
            int named = byUnit.getOrDefault(unitId, Map.of()).getOrDefault(row.maker(), List.of()).size();
            if (named > 1) {
                return ImportMessage.SHARED_MAKER_NAME.english(row.maker(), named);
            }
            if (listingExists && (named == 0 || madeHere.containsAll(byUnit.get(unitId).get(row.maker())))) {
                return ImportMessage.MAKER_NOT_MOVED.english(row.maker());
            }
            return null;
        }

        Maker get(long unitId, ImportRow row) {
            return byUnit.computeIfAbsent(unitId, u -> new HashMap<>()).computeIfAbsent(row.maker(), name -> {
                Maker maker = new Maker(name, unitId, row.region(), null);
                makers.add(maker);
                madeHere.add(maker);
                return List.of(maker);
            }).get(0);
        }
    }
}
