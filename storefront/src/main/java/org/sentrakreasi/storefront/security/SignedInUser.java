package org.sentrakreasi.storefront.security;

import java.io.Serializable;
import java.util.Set;

/** Who signed in through the login page, kept in the HTTP session (pages only; the API is stateless). */
public record SignedInUser(String username, Set<String> roles) implements Serializable {

    public static final String SESSION_ATTRIBUTE = SignedInUser.class.getName();
}
