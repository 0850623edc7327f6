package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sentrakreasi.storefront.ordering.application.OrderDetails;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;

/**
 * The confirmation after checkout ({@code /pesanan/selesai?kode=}): the order code, how to pay,
 * what happens next. Only for the visit that placed the order ({@link PlacedOrders}); anyone else
 * with the address is told to track the order with its code and email.
 */
@Named
@RequestScoped
public class OrderPlacedBacking {

    @Inject
    PlacedOrders placedOrders;

    @Inject
    OrderQueries queries;

    private String code;
    private OrderDetails order;

    @PostConstruct
    void read() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kode");
        order = placedOrders.emailOf(code).map(email -> queries.track(code, email)).orElse(null);
    }

    /** The order as its buyer sees it now; null when this visit did not place it. */
    public OrderDetails getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }
}
