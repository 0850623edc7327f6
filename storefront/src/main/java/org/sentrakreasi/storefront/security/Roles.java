package org.sentrakreasi.storefront.security;

/** The roles of API.md. A coordinator is bound to one unit, a maker to one maker profile. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String COORDINATOR = "COORDINATOR";
    public static final String MAKER = "MAKER";

    private Roles() {
    }
}
