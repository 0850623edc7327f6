package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.MakerProfile;
import org.sentrakreasi.catalog.application.ProductDetails;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.storefront.cart.Cart;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.Messages;

/**
 * The product page ({@code /p/{slug}}): the published product, its maker's public profile, related
 * works, and "add to cart". Request scoped: a postback reads the product again, so that the cart
 * never takes more than is in stock now.
 */
@Named
@RequestScoped
public class ProductBacking {

    /** Up to this many pieces left, the page says how many. */
    static final int FEW_LEFT = 5;
    private static final int RELATED = 4;
    private static final int META_DESCRIPTION_LENGTH = 155;

    @Inject
    CatalogQueries catalog;

    @Inject
    LanguageBacking language;

    @Inject
    Messages messages;

    @Inject
    Cart cart;

    /**
     * From the address ({@code PublicAddresses} forwards it as a parameter), read when the bean is
     * made: a postback's components ask for the product before view parameters would be applied.
     */
    private String slug;
    private ProductDetails product;
    private MakerProfile maker;
    private List<ProductSummary> related;
    private Integer quantity = 1;
    private boolean added;

    @PostConstruct
    void readAddress() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
    }

    /** f:viewAction: an unknown or unpublished product is the 404 page, before anything is rendered. */
    public void load() {
        getProduct();
    }

    public ProductDetails getProduct() {
        if (product == null) {
            product = catalog.productDetailsBySlug(slug);
        }
        return product;
    }

    public MakerProfile getMaker() {
        if (maker == null) {
            // One more than shown, since the product itself is among them.
            maker = catalog.makerProfile(getProduct().maker().id(), RELATED + 1);
        }
        return maker;
    }

    /** The maker's other works first, then others of the category, newest first. */
    public List<ProductSummary> getRelated() {
        if (related == null) {
            ProductDetails shown = getProduct();
            List<ProductSummary> sameCategory = catalog.productPage(new ProductQuery(null, shown.category(), null, null,
                    null, null, ProductSort.NEWEST, 0, RELATED + 1), language.getLocale()).items();
            related = Stream.concat(getMaker().products().stream(), sameCategory.stream())
                    .filter(other -> !other.id().equals(shown.id()))
                    .filter(distinctIds())
                    .limit(RELATED)
                    .toList();
        }
        return related;
    }

    private static java.util.function.Predicate<ProductSummary> distinctIds() {
        List<String> seen = new ArrayList<>();
        return item -> !seen.contains(item.id()) && seen.add(item.id());
    }

    public String getCategoryLabel() {
        return catalog.categoryLabel(getProduct().category(), language.getLocale());
    }

    /** The text of the n-th photo (from 1): which of how many, and of what. */
    public String photoAlt(int number) {
        return messages.text("shop.gallery.photo", number, getProduct().images().size(), getProduct().name());
    }

    /** tersedia, sisa N or habis. */
    public String getStockState() {
        int stock = getProduct().stock();
        if (stock == 0) {
            return messages.text("shop.stock.soldOut");
        }
        return stock <= FEW_LEFT ? messages.text("shop.stock.few", stock) : messages.text("shop.stock.available");
    }

    public boolean isSoldOut() {
        return getProduct().stock() == 0;
    }

    /** The most a shopper can add now: what is in stock and not yet in their cart, within a cart line's limit. */
    public int getMaxQuantity() {
        int room = Math.min(getProduct().stock(), Cart.MAX_QUANTITY) - cart.quantityOf(getProduct().id());
        return Math.max(1, room);
    }

    public String getMetaDescription() {
        ProductDetails shown = getProduct();
        String text = shown.description() == null || shown.description().isBlank()
                ? messages.text("shop.product.metaFallback", shown.name(), shown.unit() == null ? "" : shown.unit().name())
                : shown.description().strip().replaceAll("\\s+", " ");
        return text.length() <= META_DESCRIPTION_LENGTH ? text
                : text.substring(0, META_DESCRIPTION_LENGTH - 1).strip() + "\u2026";
    }

    /** Adds the chosen quantity to the cart, unless that is more than is in stock now (said next to the field). */
    public void addToCart() {
        ProductDetails shown = getProduct();
        int wanted = quantity == null ? 1 : quantity;
        int inCart = cart.quantityOf(shown.id());
        if (shown.stock() == 0) {
            FieldErrors.show(messages, "add:quantity", "shop.cart.soldOut");
        } else if (inCart + wanted > shown.stock()) {
            FieldErrors.show(messages, "add:quantity", "shop.cart.exceedsStock", shown.stock(), inCart);
        } else if (inCart + wanted > Cart.MAX_QUANTITY) {
            FieldErrors.show(messages, "add:quantity", "shop.cart.tooMany", Cart.MAX_QUANTITY);
        } else {
            try {
                cart.add(shown.id(), wanted);
                added = true;
            } catch (IllegalStateException full) {
                FieldErrors.show(messages, "add:quantity", "shop.cart.full", Cart.MAX_LINES);
            }
        }
    }

    public boolean isAdded() {
        return added;
    }

    public int getInCart() {
        return cart.quantityOf(getProduct().id());
    }


    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
