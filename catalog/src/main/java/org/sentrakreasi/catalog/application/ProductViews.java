package org.sentrakreasi.catalog.application;

import java.util.List;
import java.util.Locale;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductImage;

/** Turns product aggregates into the records shoppers see; entities never leave the application layer. */
public final class ProductViews {

    /** Photos are served by the web application under this path. */
    public static final String MEDIA_PATH = "/media/products/";

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private ProductViews() {
    }

    public static ProductSummary summary(Product product) {
        return new ProductSummary(
                String.valueOf(product.id()),
                product.slug(),
                product.name(),
                product.price().amount(),
                ProductSummary.CURRENCY,
                product.category().code(),
                product.region(),
                maker(product),
                product.inStock(),
                imageUrls(product).stream().findFirst().orElse(null),
                null);
    }

    public static ProductDetails details(Product product, UnitRef unit) {
        ProductSummary summary = summary(product);
        return new ProductDetails(
                summary.id(), summary.slug(), summary.name(), summary.price(), summary.currency(),
                summary.category(), summary.region(), summary.maker(), summary.inStock(), summary.imageUrl(),
                product.description(), product.story(), product.stock(), imageUrls(product), unit);
    }

    /** The public face of a maker: the fields it holds are the consented ones, the photo only while consented. */
    public static MakerProfile makerProfile(Maker maker, UnitRef unit, List<Product> publishedProducts) {
        return new MakerProfile(String.valueOf(maker.id()), maker.slug(), maker.displayName(),
                maker.photoFileName().map(name -> MEDIA_PATH + name).orElse(null), maker.story(), maker.region(),
                unit, publishedProducts.stream().map(ProductViews::summary).toList());
    }

    public static ProductAvailability availability(Product product) {
        return new ProductAvailability(String.valueOf(product.id()), product.slug(), product.name(),
                product.price().amount(), imageUrls(product).stream().findFirst().orElse(null), product.stock(),
                product.isPublished());
    }

    /** A listing as its maker and coordinators see it. */
    public static ManagedProduct managed(Product product) {
        return new ManagedProduct(String.valueOf(product.id()), product.sku(), product.slug(), product.name(),
                product.description(), product.story(), product.materials(), product.category().code(),
                product.price().amount(), product.stock(), product.status().name(),
                product.rejectionReason().orElse(null), maker(product), String.valueOf(product.unitId()),
                product.region(), imageUrls(product), product.version(), product.createdAt(),
                product.publishedAt().orElse(null));
    }

    /** The search document of a product; call only for published products. */
    public static ProductDocument document(Product product) {
        ProductSummary summary = summary(product);
        return new ProductDocument(summary.id(), summary.slug(), summary.name(), product.description(),
                product.story(), product.materials(), summary.category(),
                product.category().label(INDONESIAN), product.category().label(Locale.ENGLISH),
                summary.region(), summary.maker().id(), summary.maker().name(), String.valueOf(product.unitId()),
                summary.price(), product.stock(), product.publishedAt().orElse(product.createdAt()), summary.imageUrl());
    }

    private static MakerRef maker(Product product) {
        return new MakerRef(String.valueOf(product.maker().id()), product.maker().displayName());
    }

    private static List<String> imageUrls(Product product) {
        return product.images().stream().map(ProductImage::fileName).map(name -> MEDIA_PATH + name).toList();
    }
}
