package org.sentrakreasi.storefront.ordering.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sentrakreasi.catalog.application.OrderableProduct;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;

/**
 * The rules of a checkout, each refusal naming its field: first the form on its own
 * ({@link #of}), then against the products on sale ({@link #againstProducts}). Collects every
 * refusal, so that a buyer fixes the form in one go.
 */
final class PlaceOrderCheck {

    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 254;
    static final int MAX_ADDRESS = 500;
    static final int MAX_CITY = 120;
    static final int MAX_QUANTITY = 999;

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]*[0-9]");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private final PlaceOrder command;
    private final List<OrderFieldError> errors = new ArrayList<>();
    /** Product id to quantity, lines of the same product added up, in the order of their first line. */
    private final Map<Long, Integer> quantities = new LinkedHashMap<>();
    /** Product id to the index of its first line, to name the line when the product is refused. */
    private final Map<Long, Integer> firstLine = new LinkedHashMap<>();

    private PlaceOrderCheck(PlaceOrder command) {
        this.command = command;
    }

    /** Checks the form on its own: required fields, formats, lengths, the delivery and payment rules. */
    static PlaceOrderCheck of(PlaceOrder command) {
        PlaceOrderCheck check = new PlaceOrderCheck(command);
        check.customer(command.customer());
        check.delivery(command.delivery(), command.payment());
        check.lines(command.lines());
        return check;
    }

    /** The products named by the lines that were readable. */
    Collection<Long> productIds() {
        return quantities.keySet();
    }

    Map<Long, Integer> quantities() {
        return Collections.unmodifiableMap(quantities);
    }

    /** Refuses lines of products that are not on sale, and a pickup of products from more than one Sentra. */
    void againstProducts(Map<Long, OrderableProduct> onSale) {
        firstLine.forEach((productId, index) -> {
            if (!onSale.containsKey(productId)) {
                errors.add(unknownProduct(index));
            }
        });
        boolean pickup = command.delivery() != null && command.delivery().method() == DeliveryMethod.PICKUP;
        if (pickup && onSale.values().stream().map(OrderableProduct::unitId).distinct().count() > 1) {
            errors.add(new OrderFieldError("delivery.method", "pickup-one-unit",
                    "PICKUP is possible only when every product comes from the same Sentra; choose SHIPPING"
                            + " or place one order per Sentra"));
        }
    }

    /** @throws InvalidOrderException naming every refused field */
    void requireValid() {
        if (!errors.isEmpty()) {
            throw new InvalidOrderException(errors);
        }
    }

    private void customer(PlaceOrder.CustomerInput customer) {
        if (customer == null) {
            errors.add(OrderFieldError.required("customer"));
            return;
        }
        text("customer.name", customer.name(), MAX_NAME);
        if (text("customer.email", customer.email(), MAX_EMAIL) && !EMAIL.matcher(customer.email().strip()).matches()) {
            errors.add(new OrderFieldError("customer.email", "email", "must be an email address"));
        }
        if (text("customer.phone", customer.phone(), 30) && !isPhoneNumber(customer.phone().strip())) {
            errors.add(new OrderFieldError("customer.phone", "phone",
                    "must be a phone number of 8 to 15 digits, e.g. 0812 3456 7890 or +62 812 3456 7890"));
        }
    }

    private static boolean isPhoneNumber(String phone) {
        long digits = phone.chars().filter(Character::isDigit).count();
        return PHONE.matcher(phone).matches() && digits >= 8 && digits <= 15;
    }

    private void delivery(PlaceOrder.DeliveryInput delivery, PaymentMethod payment) {
        if (delivery == null) {
            errors.add(OrderFieldError.required("delivery"));
        } else if (delivery.method() == null) {
            errors.add(OrderFieldError.required("delivery.method"));
        } else if (delivery.method() == DeliveryMethod.SHIPPING) {
            text("delivery.address", delivery.address(), MAX_ADDRESS);
            text("delivery.city", delivery.city(), MAX_CITY);
            if (text("delivery.postalCode", delivery.postalCode(), 10)
                    && !POSTAL_CODE.matcher(delivery.postalCode().strip()).matches()) {
                errors.add(new OrderFieldError("delivery.postalCode", "postal-code", "must be a 5-digit postal code"));
            }
        }
        if (payment == null) {
            errors.add(OrderFieldError.required("payment"));
        } else if (payment == PaymentMethod.PAY_AT_PICKUP && delivery != null
                && delivery.method() == DeliveryMethod.SHIPPING) {
            errors.add(new OrderFieldError("payment", "pay-at-pickup-needs-pickup",
                    "PAY_AT_PICKUP is possible only with delivery method PICKUP"));
        }
    }

    private void lines(List<PlaceOrder.LineInput> lines) {
        if (lines == null || lines.isEmpty()) {
            errors.add(new OrderFieldError("lines", "required", "must name at least one product"));
            return;
        }
        for (int i = 0; i < lines.size(); i++) {
            line(i, lines.get(i));
        }
        if (quantities.size() > Order.MAX_LINES) {
            errors.add(new OrderFieldError("lines", "too-many",
                    "may name at most " + Order.MAX_LINES + " different products"));
        }
    }

    private void line(int index, PlaceOrder.LineInput line) {
        String field = "lines[" + index + "]";
        if (line == null) {
            errors.add(OrderFieldError.required(field));
            return;
        }
        Long productId = line.productId();
        if (productId == null) {
            errors.add(OrderFieldError.required(field + ".productId"));
        }
        Integer quantity = line.quantity();
        if (quantity == null) {
            errors.add(OrderFieldError.required(field + ".quantity"));
        } else if (quantity < 1) {
            errors.add(new OrderFieldError(field + ".quantity", "min", "must be at least 1"));
        } else if (quantity > MAX_QUANTITY) {
            errors.add(new OrderFieldError(field + ".quantity", "max", "must be at most " + MAX_QUANTITY));
        } else if (productId != null) {
            firstLine.putIfAbsent(productId, index);
            quantities.merge(productId, quantity, Integer::sum);
        }
    }

    private static OrderFieldError unknownProduct(int index) {
        return new OrderFieldError("lines[" + index + "].productId", "unknown-product", "is not a product on sale");
    }

    /** Required text within a length; true when it is there and fits, for further checks. */
    private boolean text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.add(OrderFieldError.required(field));
            return false;
        }
        if (value.strip().length() > max) {
            errors.add(OrderFieldError.tooLong(field, max));
            return false;
        }
        return true;
    }
}
