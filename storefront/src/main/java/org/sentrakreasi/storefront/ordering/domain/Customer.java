package org.sentrakreasi.storefront.ordering.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** The buyer as they gave themselves at checkout; a guest, no account. */
@Embeddable
public class Customer {

    @Column(name = "customer_name", nullable = false, length = 120)
    private String name;

    @Column(name = "customer_email", nullable = false, length = 254)
    private String email;

    @Column(name = "customer_phone", nullable = false, length = 30)
    private String phone;

    protected Customer() {
    }

    public Customer(String name, String email, String phone) {
        this.name = Objects.requireNonNull(name, "name");
        this.email = Objects.requireNonNull(email, "email");
        this.phone = Objects.requireNonNull(phone, "phone");
    }

    /** Addresses are compared without case: buyers type them as they please. */
    public boolean hasEmail(String candidate) {
        return candidate != null && email.toLowerCase(Locale.ROOT).equals(candidate.strip().toLowerCase(Locale.ROOT));
    }

    public String name() {
        return name;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
