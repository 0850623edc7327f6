package org.sentrakreasi.storefront.web.shop;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The orders placed in this visit, by code, with the email each was placed with. The confirmation
 * page shows an order only to the visit that placed it: a code in an address proves nothing about
 * who asks, and anyone else tracks with the code and the email. Kept in the session only, never in
 * an address or a log.
 */
@SessionScoped
public class PlacedOrders implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A visit places a few orders; the oldest are forgotten beyond this. */
    static final int KEPT = 20;

    private final Map<String, String> emails = new LinkedHashMap<>();

    public synchronized void remember(String code, String email) {
        emails.put(code, email);
        Iterator<String> oldestFirst = emails.keySet().iterator();
        while (emails.size() > KEPT) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    /** The email of an order placed in this visit. */
    public synchronized Optional<String> emailOf(String code) {
        return Optional.ofNullable(code == null ? null : emails.get(code));
    }
}
