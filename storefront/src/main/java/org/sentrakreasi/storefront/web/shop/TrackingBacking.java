package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sentrakreasi.storefront.ordering.application.OrderDetails;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;
import org.sentrakreasi.storefront.web.Messages;

/**
 * Tracking ({@code /lacak}): an order by its code and the email it was placed with, posted, so that
 * the email never reaches an address, a history or a log. An unknown code and a wrong email get the
 * same answer, which does not say which of the two was wrong.
 */
@Named
@RequestScoped
public class TrackingBacking {

    @Inject
    OrderQueries queries;

    @Inject
    Messages messages;

    private String code;
    private String email;
    private OrderDetails order;

    /** The confirmation page links here with the code (not personal) filled in: {@code /lacak?kode=}. */
    @PostConstruct
    void readAddress() {
        code = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kode");
    }

    public void track() {
        try {
            order = queries.track(code, email);
        } catch (OrderNotFoundException unknownOrOther) {
            messages.error("tracking.notFound");
        }
    }

    /** The order found; null before a search and after one that found nothing. */
    public OrderDetails getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
