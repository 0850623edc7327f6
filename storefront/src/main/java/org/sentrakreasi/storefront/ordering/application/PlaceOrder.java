package org.sentrakreasi.storefront.ordering.application;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;

/**
 * A guest's checkout (API.md "Orders": the body of {@code POST /api/v1/orders}). Every rule is
 * checked by {@link OrderService#place}, which names each refused field as this JSON names it
 * ({@code customer.email}, {@code lines[1].quantity}). Two lines of the same product are merged
 * into one with the quantities added up.
 */
public record PlaceOrder(CustomerInput customer, DeliveryInput delivery, PaymentMethod payment, List<LineInput> lines) {

    /** The delivery methods a form offers, by name. */
    public static final List<String> DELIVERY_METHODS = Arrays.stream(DeliveryMethod.values()).map(Enum::name).toList();

    /** The payment methods a form offers, by name. */
    public static final List<String> PAYMENT_METHODS = Arrays.stream(PaymentMethod.values()).map(Enum::name).toList();

    /** Who buys: name, email (for the confirmation and for tracking) and phone (for the courier or the Sentra). */
    public record CustomerInput(String name, String email, String phone) {
    }

    /** SHIPPING needs address, city and a 5-digit postal code; PICKUP needs nothing more. */
    public record DeliveryInput(DeliveryMethod method, String address, String city, String postalCode) {
    }

    /** A product (its id; the API's ids are strings, a number is read too) and how many pieces. */
    public record LineInput(Long productId, Integer quantity) {
    }

    /**
     * The command from a form's texts, the choices by name (blank is missing, for
     * {@link OrderService#place} to report).
     *
     * @throws InvalidOrderException naming {@code delivery.method} or {@code payment} when a name is none of the choices
     */
    public static PlaceOrder fromForm(String name, String email, String phone, String deliveryMethod, String address,
                                      String city, String postalCode, String payment, List<LineInput> lines) {
        Optional<DeliveryMethod> method = choice(DeliveryMethod.class, deliveryMethod);
        Optional<PaymentMethod> paying = choice(PaymentMethod.class, payment);
        List<OrderFieldError> errors = new ArrayList<>();
        if (deliveryMethod != null && !deliveryMethod.isBlank() && method.isEmpty()) {
            errors.add(OrderFieldError.notAChoice("delivery.method", DELIVERY_METHODS));
        }
        if (payment != null && !payment.isBlank() && paying.isEmpty()) {
            errors.add(OrderFieldError.notAChoice("payment", PAYMENT_METHODS));
        }
        if (!errors.isEmpty()) {
            throw new InvalidOrderException(errors);
        }
        return new PlaceOrder(new CustomerInput(name, email, phone),
                new DeliveryInput(method.orElse(null), address, city, postalCode), paying.orElse(null), lines);
    }

    private static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(wanted)).findFirst();
    }
}
