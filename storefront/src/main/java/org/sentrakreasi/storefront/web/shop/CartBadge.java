package org.sentrakreasi.storefront.web.shop;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sentrakreasi.storefront.cart.Cart;

/** The cart link in the header of every page: how many pieces the cart holds. */
@Named
@RequestScoped
public class CartBadge {

    @Inject
    Cart cart;

    /** Without a session there is no cart yet: asking the session-scoped cart would start a session on every page view. */
    public int getCount() {
        return FacesContext.getCurrentInstance().getExternalContext().getSession(false) == null ? 0 : cart.itemCount();
    }
}
