package org.sentrakreasi.catalog.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/** A maker's listing. Only a PUBLISHED product is visible to shoppers. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "sku", nullable = false, unique = true, length = 64)
    private String sku;

    @Column(name = "slug", nullable = false, unique = true, length = 180)
    private String slug;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Column(name = "description", length = 4000)
    private String description;

    @Column(name = "story", length = 4000)
    private String story;

    @Column(name = "materials", length = 1000)
    private String materials;

    @Column(name = "rejection_reason", length = 1000)
    private String rejectionReason;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "category_code", nullable = false)
    private Category category;

    @ManyToOne(optional = false, fetch = FetchType.EAGER)
    @JoinColumn(name = "maker_id", nullable = false)
    private Maker maker;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "region", length = 120)
    private String region;

    @Column(name = "price", nullable = false)
    private long price;

    @Column(name = "stock", nullable = false)
    private int stock;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProductStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "product_image", joinColumns = @JoinColumn(name = "product_id"))
    @OrderColumn(name = "image_order")
    private List<ProductImage> images = new ArrayList<>();

    @Version
    private long version;

    protected Product() {
    }

    /** A new listing starts as a draft of the given maker, in the maker's unit. */
    public Product(String sku, String name, Category category, Maker maker, Rupiah price, int stock, Instant now) {
        this.sku = requireText(sku, "sku");
        this.name = requireText(name, "name");
        this.slug = Slug.of(name, sku);
        this.category = Objects.requireNonNull(category, "category");
        this.maker = Objects.requireNonNull(maker, "maker");
        this.unitId = maker.unitId();
        this.region = maker.region();
        this.price = price.amount();
        this.createdAt = now;
        this.status = ProductStatus.DRAFT;
        changeStock(stock);
    }

    public void describe(String description, String story) {
        this.description = description;
        this.story = story;
    }

    /** Replaces what the maker tells about the product; allowed until the listing is archived. */
    public void revise(String newName, String newDescription, String newStory, String newMaterials,
                       Category newCategory, Rupiah newPrice, int newStock) {
        requireNotArchived("revise");
        this.name = requireText(newName, "name");
        this.description = newDescription;
        this.story = newStory;
        this.materials = newMaterials;
        this.category = Objects.requireNonNull(newCategory, "category");
        this.price = newPrice.amount();
        changeStock(newStock);
    }

    /** Where the product comes from, as shoppers filter by it (kabupaten/kota). */
    public void locateIn(String newRegion) {
        this.region = newRegion == null || newRegion.isBlank() ? maker.region() : newRegion.strip();
    }

    /**
     * The maker's public region changed (consented, changed or withdrawn): a listing that showed
     * the maker's former region, or none, now shows the current one, or none. A listing located
     * elsewhere keeps its own region. A region equal to the maker's is taken as the maker's, even
     * when an import typed it: it says where the person lives, so it goes when their consent does.
     */
    public void followMakerRegion(String formerMakerRegion) {
        if (region == null || region.equals(formerMakerRegion)) {
            this.region = maker.region();
        }
    }

    /** Another maker of the same unit takes over the listing (e.g. a corrected import). */
    public void reassignTo(Maker newMaker) {
        if (!newMaker.unitId().equals(unitId)) {
            throw new IllegalArgumentException("A listing stays in its unit");
        }
        this.maker = newMaker;
    }

    public void describeMaterials(String newMaterials) {
        this.materials = newMaterials;
    }

    /** At most this many photos per listing. */
    public static final int MAX_IMAGES = 8;

    /** Photos change with the listing's text: until the listing is archived. */
    public void addImage(String fileName) {
        requireNotArchived("add a photo");
        if (images.size() >= MAX_IMAGES) {
            throw new ProductStateException(this, "take more than " + MAX_IMAGES + " photos");
        }
        images.add(new ProductImage(fileName));
    }

    /** Removes the photo at a position (0 is the cover photo) and returns its file name. */
    public String removeImage(int position) {
        requireNotArchived("remove a photo");
        if (position < 0 || position >= images.size()) {
            throw new IllegalArgumentException("No photo at position " + position);
        }
        return images.remove(position).fileName();
    }

    public void changeStock(int newStock) {
        if (newStock < 0) {
            throw new IllegalArgumentException("Stock cannot be negative: " + newStock);
        }
        this.stock = newStock;
    }

    /** Moves a draft or rejected listing into the moderation queue. */
    public void submit() {
        requireStatus(ProductStatus.DRAFT, ProductStatus.REJECTED);
        status = ProductStatus.SUBMITTED;
    }

    /**
     * A coordinator's approval makes the listing public. A draft may be published directly by a
     * coordinator (their own unit's listings, e.g. from a bulk import); an archived listing may be
     * brought back.
     */
    public void publish(Instant now) {
        requireStatus(ProductStatus.DRAFT, ProductStatus.SUBMITTED, ProductStatus.ARCHIVED);
        status = ProductStatus.PUBLISHED;
        rejectionReason = null;
        publishedAt = now;
    }

    /** A coordinator sends a submitted listing back to the maker with the reason. */
    public void reject(String reason) {
        requireStatus(ProductStatus.SUBMITTED, ProductStatus.PUBLISHED);
        status = ProductStatus.REJECTED;
        rejectionReason = requireText(reason, "reason");
    }

    /** Takes the listing out of the shop for good (it stays in order history). */
    public void archive() {
        requireNotArchived("archive");
        status = ProductStatus.ARCHIVED;
    }

    /** Puts the listing back to draft (e.g. an import that says DRAFT for a published sku). */
    public void withdrawToDraft() {
        requireNotArchived("return to draft");
        status = ProductStatus.DRAFT;
    }

    private void requireNotArchived(String attempted) {
        if (status == ProductStatus.ARCHIVED) {
            throw new ProductStateException(this, attempted);
        }
    }

    public boolean isPublished() {
        return status == ProductStatus.PUBLISHED;
    }

    public boolean inStock() {
        return stock > 0;
    }

    private void requireStatus(ProductStatus... allowed) {
        for (ProductStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ProductStateException(this, "move from " + status);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String sku() {
        return sku;
    }

    /**
     * Gives a new listing a slug no other listing has: different names and SKUs can make the same
     * slug ("Kopi Gula" with "aren-1" and "Kopi Gula Aren" with "1"), and SKUs that differ only in
     * case always do.
     */
    public void takeFreeSlug(Predicate<String> taken) {
        for (int n = 2; taken.test(slug); n++) {
            slug = Slug.of(name, sku + "-" + n);
        }
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String story() {
        return story;
    }

    public String materials() {
        return materials;
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public long version() {
        return version;
    }

    public Category category() {
        return category;
    }

    public Maker maker() {
        return maker;
    }

    public Long unitId() {
        return unitId;
    }

    public String region() {
        return region;
    }

    public Rupiah price() {
        return Rupiah.of(price);
    }

    public int stock() {
        return stock;
    }

    public ProductStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<ProductImage> images() {
        return List.copyOf(images);
    }
}
