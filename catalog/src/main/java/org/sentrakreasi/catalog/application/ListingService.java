package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.util.Optional;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;
import org.sentrakreasi.catalog.domain.Rupiah;

/** Makers' listings and their moderation: each method loads, applies one behaviour, stores. */
@ApplicationScoped
@Transactional
public class ListingService {

    private ProductRepository products;
    private MakerRepository makers;
    private CategoryRepository categories;
    private Clock clock;

    protected ListingService() {
        // for CDI proxies
    }

    @Inject
    public ListingService(ProductRepository products, MakerRepository makers, CategoryRepository categories, Clock clock) {
        this.products = products;
        this.makers = makers;
        this.categories = categories;
        this.clock = clock;
    }

    public long registerMaker(@NotNull @Valid NewMaker command) {
        Maker maker = new Maker(command.displayName(), command.unitId(), command.region(), command.story());
        return makers.store(maker).id();
    }

    public Optional<Long> findMaker(long unitId, String displayName) {
        return makers.findByDisplayName(unitId, displayName).map(Maker::id);
    }

    public long createListing(@NotNull @Valid NewListing command) {
        Category category = categories.find(command.category())
                .orElseThrow(() -> new IllegalArgumentException("Unknown category " + command.category()));
        Maker maker = makers.find(command.makerId())
                .orElseThrow(() -> new IllegalArgumentException("Unknown maker " + command.makerId()));
        Product product = new Product(command.sku(), command.name(), category, maker,
                Rupiah.of(command.price()), command.stock(), clock.instant());
        product.describe(command.description(), command.story());
        command.imageFileNames().forEach(product::addImage);
        return products.store(product).id();
    }

    public boolean skuExists(String sku) {
        return products.findBySku(sku).isPresent();
    }

    public void publish(long productId) {
        products.get(productId).publish(clock.instant());
    }

    public long productCount() {
        return products.count();
    }
}
