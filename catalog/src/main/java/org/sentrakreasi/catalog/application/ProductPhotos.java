package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.UUID;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

/** Photos of a listing: checked, resized and stripped of metadata before anyone else sees them. */
@ApplicationScoped
@Transactional
public class ProductPhotos {

    /** A thumbnail is stored beside its photo under this suffix. */
    public static final String THUMBNAIL_SUFFIX = "-thumb.jpg";

    private ProductRepository products;
    private PhotoProcessing processing;
    private PhotoStorage storage;
    private SearchOutbox outbox;

    protected ProductPhotos() {
        // for CDI proxies
    }

    @Inject
    public ProductPhotos(ProductRepository products, PhotoProcessing processing, PhotoStorage storage,
                         SearchOutbox outbox) {
        this.products = products;
        this.processing = processing;
        this.storage = storage;
        this.outbox = outbox;
    }

    public ManagedProduct add(Actor actor, String productId, InputStream upload) {
        Product product = manageable(actor, productId);
        if (product.images().size() >= Product.MAX_IMAGES) {
            throw new InvalidListingException("photo", "a listing has at most " + Product.MAX_IMAGES + " photos");
        }
        String name = product.sku().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-") + "-"
                + UUID.randomUUID().toString().substring(0, 8) + ".jpg";
        // First, so that a listing that may not take the photo refuses it before a file is written;
        // if storing fails, the transaction takes the photo off again.
        product.addImage(name);
        PhotoProcessing.ProcessedPhoto photo = processing.process(upload);
        try {
            storage.save(name, photo.display());
            storage.save(thumbnailOf(name), photo.thumbnail());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store photo " + name, e);
        }
        return saved(product);
    }

    public ManagedProduct remove(Actor actor, String productId, int position) {
        Product product = manageable(actor, productId);
        if (position < 0 || position >= product.images().size()) {
            throw new InvalidListingException("position", "there is no photo at position " + position);
        }
        String name = product.removeImage(position);
        try {
            storage.delete(name);
            storage.delete(thumbnailOf(name));
        } catch (IOException e) {
            // The listing no longer shows the file; a left-over file harms no one.
        }
        return saved(product);
    }

    public static String thumbnailOf(String name) {
        return name.replaceFirst("\\.[a-z]+$", "") + THUMBNAIL_SUFFIX;
    }

    private Product manageable(Actor actor, String productId) {
        return ProductAccess.manageable(products, actor, productId);
    }

    private ManagedProduct saved(Product product) {
        Product stored = products.store(product);
        outbox.productChanged(stored.id());
        return ProductViews.managed(stored);
    }
}
