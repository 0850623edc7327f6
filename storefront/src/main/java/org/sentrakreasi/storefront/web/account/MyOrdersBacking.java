package org.sentrakreasi.storefront.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sentrakreasi.storefront.ordering.application.MakerOrderLine;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.security.CurrentActor;

/**
 * "Pesanan saya" (akun/pesanan-saya.xhtml): the lines of the signed-in maker's works in every order,
 * newest first, with the order's status. Of the buyer only the name: the unit's staff hand orders over.
 */
@Named
@RequestScoped
public class MyOrdersBacking {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    private List<MakerOrderLine> lines;

    /** f:viewAction: reads the lines before rendering, so that an account without a maker profile gets the 403 page. */
    public void load() {
        getLines();
    }

    public List<MakerOrderLine> getLines() {
        if (lines == null) {
            lines = queries.makerOrders(actor.get());
        }
        return lines;
    }
}
