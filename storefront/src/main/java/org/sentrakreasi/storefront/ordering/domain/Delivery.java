package org.sentrakreasi.storefront.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** How the order reaches the buyer; the address only when it is shipped. */
@Embeddable
public class Delivery {

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false, length = 10)
    private DeliveryMethod method;

    @Column(name = "delivery_address", length = 500)
    private String address;

    @Column(name = "delivery_city", length = 120)
    private String city;

    @Column(name = "delivery_postal_code", length = 10)
    private String postalCode;

    protected Delivery() {
    }

    private Delivery(DeliveryMethod method, String address, String city, String postalCode) {
        this.method = Objects.requireNonNull(method, "method");
        this.address = address;
        this.city = city;
        this.postalCode = postalCode;
    }

    public static Delivery shipping(String address, String city, String postalCode) {
        return new Delivery(DeliveryMethod.SHIPPING, Objects.requireNonNull(address, "address"),
                Objects.requireNonNull(city, "city"), Objects.requireNonNull(postalCode, "postalCode"));
    }

    public static Delivery pickup() {
        return new Delivery(DeliveryMethod.PICKUP, null, null, null);
    }

    public DeliveryMethod method() {
        return method;
    }

    public String address() {
        return address;
    }

    public String city() {
        return city;
    }

    public String postalCode() {
        return postalCode;
    }
}
