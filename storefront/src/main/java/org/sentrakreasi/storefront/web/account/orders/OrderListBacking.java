package org.sentrakreasi.storefront.web.account.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.storefront.ordering.application.InvalidOrderException;
import org.sentrakreasi.storefront.ordering.application.OrderPage;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.security.CurrentActor;

/**
 * The order list (akun/pesanan/index.xhtml): the orders with products of the coordinator's unit
 * (an admin: every order), newest first, by status, a page at a time. Status and page are in the
 * address (a plain GET form): neither is personal, and a filtered list can be bookmarked.
 */
@Named
@RequestScoped
public class OrderListBacking {

    static final int PAGE_SIZE = 20;

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    @Inject
    UnitDirectory units;

    private String status;
    /** The page as people count, from 1. */
    private String page;
    private OrderPage orders;
    private boolean unknownStatus;

    /** f:viewAction: reads the list before rendering, so that a maker's visit becomes the 403 page. */
    public void load() {
        try {
            orders = queries.unitOrders(actor.get(), status, pageIndex(), PAGE_SIZE);
        } catch (InvalidOrderException refused) {
            // Said by the view: a message added before the view is built would not be in the page's language.
            unknownStatus = true;
            status = null;
            orders = queries.unitOrders(actor.get(), null, pageIndex(), PAGE_SIZE);
        }
    }

    /** Anything but a page number from 1 is the first page. */
    private int pageIndex() {
        try {
            return Math.max(0, Integer.parseInt(page == null ? "" : page.strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The address named a status that does not exist; every order is shown instead. */
    public boolean isUnknownStatus() {
        return unknownStatus;
    }

    public OrderPage getOrders() {
        return orders;
    }

    public int getPageNumber() {
        return orders.page() + 1;
    }

    public long getPageCount() {
        return Math.max(1, (orders.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public boolean isFirstPage() {
        return orders.page() == 0;
    }

    public boolean isLastPage() {
        return getPageNumber() >= getPageCount();
    }

    /** The query of another page of this list: {@code ?status=PAID&halaman=2}. */
    public String pageQuery(int number) {
        return "?" + (status == null ? "" : "status=" + status + "&") + "halaman=" + number;
    }

    /** The coordinator's unit by name; null for an admin, who sees every unit. */
    public String getUnitName() {
        Long unitId = actor.get().unitId();
        return unitId == null ? null : units.find(unitId).map(UnitRef::name).orElse(null);
    }

    public List<String> getStatuses() {
        return OrderQueries.STATUSES;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status.strip();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }
}
