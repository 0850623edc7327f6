package org.sentrakreasi.storefront.web.account.orders;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Supplier;
import org.sentrakreasi.storefront.ordering.application.InvalidOrderException;
import org.sentrakreasi.storefront.ordering.application.OrderDetails;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.ordering.application.OrderService;
import org.sentrakreasi.storefront.ordering.domain.OrderStateException;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.storefront.web.OrderFieldFeedback;

/**
 * An order's page for its unit's staff (akun/pesanan/detail.xhtml?kode=): the buyer's contact and
 * delivery, the lines, the history, and the steps the order allows now. Another unit's order is the
 * 403 page, an unknown code the 404 page; a step the order no longer allows (another coordinator
 * took one first) is a message on the page, with the order as it is now.
 */
@Named
@ViewScoped
public class OrderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient OrderQueries queries;

    @Inject
    transient OrderService orders;

    @Inject
    transient CurrentActor actor;

    @Inject
    transient OrderFieldFeedback feedback;

    @Inject
    transient Messages messages;

    private String code;
    private String reason;
    private transient OrderDetails details;

    /** f:viewAction: the order named by ?kode=, or the 404 / 403 page. */
    public void load() {
        details = queries.details(actor.get(), code);
    }

    public OrderDetails getDetails() {
        if (details == null) {
            load();
        }
        return details;
    }

    /** Whether the order allows this step now ({@code paid}, {@code shipped}, {@code ready}, {@code completed}, {@code cancel}). */
    public boolean allows(String action) {
        return getDetails().actions().contains(action);
    }

    public void markPaid() {
        step(() -> orders.markPaid(actor.get(), code), "orders.done.paid");
    }

    public void ship() {
        step(() -> orders.ship(actor.get(), code), "orders.done.shipped");
    }

    public void readyForPickup() {
        step(() -> orders.readyForPickup(actor.get(), code), "orders.done.ready");
    }

    public void complete() {
        step(() -> orders.complete(actor.get(), code), "orders.done.completed");
    }

    /** Cancels with the reason (required; the buyer sees it), which gives the stock back. */
    public void cancel() {
        try {
            step(() -> orders.cancel(actor.get(), code, reason), "orders.done.cancel");
            reason = null;
        } catch (InvalidOrderException refused) {
            feedback.show(refused, "cancel", Map.of("reason", "reason"), "orders.error");
        }
    }

    private void step(Supplier<OrderDetails> step, String done) {
        try {
            details = step.get();
            messages.info(done, code);
        } catch (OrderStateException refused) {
            // Said with the status the order has now, read again: someone else may have taken a step first.
            load();
            messages.error("orders.refused", messages.text("orders.status." + details.status()));
        }
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
