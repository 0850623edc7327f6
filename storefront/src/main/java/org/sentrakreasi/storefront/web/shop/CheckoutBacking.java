package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.application.OrderableProduct;
import org.sentrakreasi.catalog.application.OutOfStockException;
import org.sentrakreasi.catalog.application.ProductIds;
import org.sentrakreasi.catalog.application.StockService;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.storefront.cart.Cart;
import org.sentrakreasi.storefront.cart.CartLine;
import org.sentrakreasi.storefront.cart.CartReview;
import org.sentrakreasi.storefront.cart.CartService;
import org.sentrakreasi.storefront.ordering.application.IdempotencyKeyReusedException;
import org.sentrakreasi.storefront.ordering.application.IdempotentOrders;
import org.sentrakreasi.storefront.ordering.application.InvalidOrderException;
import org.sentrakreasi.storefront.ordering.application.PlaceOrder;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.OrderFieldFeedback;
import org.sentrakreasi.storefront.web.PublicAddresses;

/**
 * Checkout ({@code /checkout}): a guest's contact, delivery and payment for the cart's lines,
 * placed through {@link IdempotentOrders} under a key made for this form. The key and the lines
 * the page shows live as long as the page (view scope): what is ordered is what the page showed,
 * and a second press of the button, or the second request of a double click, is the same request
 * under the same key, which answers the first order again instead of placing another. A refused
 * order leaves the key unused, so the lines are read from the cart again for the next try.
 */
@Named
@ViewScoped
public class CheckoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The service's field names (as in the API's JSON) to this form's components. */
    static final Map<String, String> FIELDS = Map.of(
            "customer.name", "name", "customer.email", "email", "customer.phone", "phone",
            "delivery.method", "delivery", "delivery.address", "address", "delivery.city", "city",
            "delivery.postalCode", "postalCode", "payment", "payment");
    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    transient Cart cart;

    @Inject
    transient CartService carts;

    @Inject
    transient IdempotentOrders orders;

    @Inject
    transient StockService stock;

    @Inject
    transient UnitDirectory units;

    @Inject
    transient PlacedOrders placedOrders;

    @Inject
    transient OrderFieldFeedback feedback;

    @Inject
    transient Messages messages;

    private final String idempotencyKey = UUID.randomUUID().toString();
    private List<CartLine> lines;
    private String placedCode;
    private String name;
    private String email;
    private String phone;
    private String deliveryMethod = "SHIPPING";
    private String address;
    private String city;
    private String postalCode;
    private String payment = "BANK_TRANSFER";
    private transient CartReview review;
    private transient List<String> pickupUnits;

    @PostConstruct
    void readCart() {
        lines = cart.lines();
        review = null;
        pickupUnits = null;
    }

    /** Places the order once for this form and goes on to its confirmation; a refusal is said on the page. */
    public void place() throws IOException {
        if (placedCode == null) {
            try {
                PlaceOrder command = PlaceOrder.fromForm(name, email, phone, deliveryMethod, address, city, postalCode,
                        payment, lines.stream().map(CheckoutBacking::lineInput).toList());
                // The command's JSON is this form's request: the same fields and lines under the same key are one order.
                String code = orders.place(idempotencyKey, JSON.toJson(command), command).orderCode();
                placedOrders.remember(code, email.strip());
                cart.clear();
                placedCode = code;
            } catch (InvalidOrderException refused) {
                // The fields' messages first: p:focus goes to the first client id with a message, and the
                // summary's (no client id) made it fall back to the form's first field whatever was wrong.
                feedback.show(refused, "checkout", FIELDS, "checkout.cartChanged");
                if (refused.errors().stream().anyMatch(error -> FIELDS.containsKey(error.field()))) {
                    messages.error("checkout.fixFields");
                }
                readCart();
                return;
            } catch (OutOfStockException shortage) {
                messages.error("checkout.outOfStock", shortages(shortage));
                readCart();
                return;
            } catch (IdempotencyKeyReusedException changedAfterPlacing) {
                // This form placed its order in another request and was sent again changed (e.g. from the history).
                messages.error("checkout.alreadyPlaced");
                return;
            }
        }
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + PublicAddresses.ORDER_PLACED + "?kode="
                + URLEncoder.encode(placedCode, StandardCharsets.UTF_8));
    }

    private String shortages(OutOfStockException shortage) {
        return shortage.shortages().stream()
                .map(s -> s.available() == 0 ? messages.text("checkout.soldOut", s.name())
                        : messages.text("checkout.onlyLeft", s.name(), s.available()))
                .collect(Collectors.joining(", "));
    }

    /** A cart holds the catalog's public ids (decimal strings); anything else is a line the service names as missing. */
    private static PlaceOrder.LineInput lineInput(CartLine line) {
        return new PlaceOrder.LineInput(productId(line.productId()), line.quantity());
    }

    private static Long productId(String id) {
        return ProductIds.parse(id).orElse(null);
    }

    public CartReview getReview() {
        if (review == null) {
            review = carts.review(lines);
        }
        return review;
    }

    public boolean isCartEmpty() {
        return lines.isEmpty();
    }

    /** The Sentra (units) the cart's products come from, by name: where a pickup would be. */
    public List<String> getPickupUnits() {
        if (pickupUnits == null) {
            List<Long> ids = lines.stream().map(line -> productId(line.productId())).filter(Objects::nonNull).toList();
            pickupUnits = stock.orderable(ids).values().stream().map(OrderableProduct::unitId).distinct()
                    .map(units::find).flatMap(Optional::stream).map(UnitRef::name).sorted().toList();
        }
        return pickupUnits;
    }

    public String getPickupUnitNames() {
        return String.join(", ", getPickupUnits());
    }

    /** A pickup is at one Sentra: possible only when every product comes from the same one. */
    public boolean isPickupPossible() {
        return getPickupUnits().size() == 1;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDeliveryMethod() {
        return deliveryMethod;
    }

    public void setDeliveryMethod(String deliveryMethod) {
        this.deliveryMethod = deliveryMethod;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getPayment() {
        return payment;
    }

    public void setPayment(String payment) {
        this.payment = payment;
    }
}
