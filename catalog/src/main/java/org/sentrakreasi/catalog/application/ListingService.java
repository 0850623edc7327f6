package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.sentrakreasi.catalog.domain.Category;
import org.sentrakreasi.catalog.domain.CategoryRepository;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;
import org.sentrakreasi.catalog.domain.Rupiah;

/**
 * Makers' listings and their moderation: each method loads, checks who may act, applies one
 * behaviour, and records in the search outbox (same transaction) that the public catalog may
 * have changed.
 */
@ApplicationScoped
@Transactional
public class ListingService {

    private ProductRepository products;
    private MakerRepository makers;
    private CategoryRepository categories;
    private SearchOutbox outbox;
    private Clock clock;

    protected ListingService() {
        // for CDI proxies
    }

    @Inject
    public ListingService(ProductRepository products, MakerRepository makers, CategoryRepository categories,
                          SearchOutbox outbox, Clock clock) {
        this.products = products;
        this.makers = makers;
        this.categories = categories;
        this.outbox = outbox;
        this.clock = clock;
    }

    public long registerMaker(@NotNull @Valid NewMaker command) {
        Maker maker = new Maker(command.displayName(), command.unitId(), command.region(), command.story());
        return makers.store(maker).id();
    }

    public Optional<Long> findMaker(long unitId, String displayName) {
        return makers.findByDisplayName(unitId, displayName).map(Maker::id);
    }

    /** Creates a listing as-is, for trusted callers (demo data, imports that checked the unit). */
    public long createListing(@NotNull @Valid NewListing command) {
        Maker maker = makers.find(command.makerId())
                .orElseThrow(() -> new InvalidListingException("makerId", "unknown maker " + command.makerId()));
        Product product = new Product(command.sku(), command.name(), category(command.category()), maker,
                Rupiah.of(command.price()), command.stock(), clock.instant());
        product.describe(command.description(), command.story());
        command.imageFileNames().forEach(product::addImage);
        product.takeFreeSlug(this::slugTaken);
        long id = products.store(product).id();
        outbox.productChanged(id);
        return id;
    }

    /** A maker lists as themselves; a coordinator for a maker of their unit. New listings are drafts. */
    public ManagedProduct create(@NotNull Actor actor, @NotNull @Valid ListingForm form) {
        Maker maker = makerFor(actor, form.makerId());
        String sku = form.sku() == null || form.sku().isBlank() ? generatedSku() : form.sku().strip();
        if (products.findBySku(sku).isPresent()) {
            throw new InvalidListingException("sku", "sku " + sku + " is already used");
        }
        Product product = new Product(sku, form.name(), category(form.category()), maker,
                Rupiah.of(form.price()), form.stock(), clock.instant());
        product.describe(form.description(), form.story());
        product.describeMaterials(form.materials());
        product.takeFreeSlug(this::slugTaken);
        Product stored = products.store(product);
        outbox.productChanged(stored.id());
        return ProductViews.managed(stored);
    }

    private boolean slugTaken(String slug) {
        return products.findBySlug(slug).isPresent();
    }

    /**
     * Replaces a listing's text, category, price and stock. {@code expectedVersion} (null: no check)
     * guards against overwriting someone else's change.
     */
    public ManagedProduct revise(@NotNull Actor actor, @NotBlank String id, Long expectedVersion,
                                 @NotNull @Valid ListingForm form) {
        return change(actor, id, false, product -> {
            if (expectedVersion != null && product.version() != expectedVersion) {
                throw new ConcurrentChangeException(id, expectedVersion, product.version());
            }
            // Said, not ignored: a client that sent another SKU or maker would otherwise think it was changed.
            if (present(form.sku()) && !form.sku().strip().equals(product.sku())) {
                throw new InvalidListingException("sku", "a listing's sku cannot be changed (it is " + product.sku() + ")");
            }
            if (present(form.makerId()) && !form.makerId().strip().equals(String.valueOf(product.maker().id()))) {
                throw new InvalidListingException("makerId", "a listing's maker cannot be changed (it is "
                        + product.maker().id() + ")");
            }
            product.revise(form.name(), form.description(), form.story(), form.materials(),
                    category(form.category()), Rupiah.of(form.price()), form.stock());
        });
    }

    public ManagedProduct submit(@NotNull Actor actor, @NotBlank String id) {
        return change(actor, id, false, Product::submit);
    }

    public ManagedProduct publish(@NotNull Actor actor, @NotBlank String id) {
        return change(actor, id, true, product -> product.publish(clock.instant()));
    }

    public ManagedProduct reject(@NotNull Actor actor, @NotBlank String id, @NotBlank @Size(max = 1000) String reason) {
        return change(actor, id, true, product -> product.reject(reason));
    }

    public ManagedProduct archive(@NotNull Actor actor, @NotBlank String id) {
        return change(actor, id, false, Product::archive);
    }

    /** Publishing without an actor: demo data and trusted start-up code only. */
    public void publish(long productId) {
        products.get(productId).publish(clock.instant());
        outbox.productChanged(productId);
    }

    public boolean skuExists(String sku) {
        return products.findBySku(sku).isPresent();
    }

    /** The id of the listing with this sku, for trusted start-up code (demo data). */
    public Optional<Long> findProductId(String sku) {
        return products.findBySku(sku).map(Product::id);
    }

    public long productCount() {
        return products.count();
    }

    private ManagedProduct change(Actor actor, String id, boolean moderation, Consumer<Product> behaviour) {
        Product product = ProductAccess.manageable(products, actor, id);
        if (moderation && !actor.mayModerate(product)) {
            throw new NotPermittedException("Only coordinators of the unit may moderate this listing.");
        }
        behaviour.accept(product);
        Product stored = products.store(product);
        outbox.productChanged(stored.id());
        return ProductViews.managed(stored);
    }

    private Maker makerFor(Actor actor, String requestedMakerId) {
        if (actor.role() == Actor.Role.MAKER) {
            return makers.find(actor.makerId())
                    .orElseThrow(() -> new NotPermittedException("This account has no maker profile."));
        }
        if (requestedMakerId == null || requestedMakerId.isBlank()) {
            throw new InvalidListingException("makerId", "must name the maker the listing belongs to");
        }
        Maker maker = ProductIds.parse(requestedMakerId).flatMap(makers::find)
                .orElseThrow(() -> new InvalidListingException("makerId", "unknown maker " + requestedMakerId));
        if (!actor.mayListFor(maker)) {
            throw new NotPermittedException("The maker belongs to another unit.");
        }
        return maker;
    }

    private Category category(String code) {
        return categories.find(code)
                .orElseThrow(() -> new InvalidListingException("category", "unknown category code " + code));
    }

    private static String generatedSku() {
        return "SK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
