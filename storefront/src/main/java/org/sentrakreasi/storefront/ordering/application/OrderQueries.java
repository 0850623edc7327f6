package org.sentrakreasi.storefront.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderCodes;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;
import org.sentrakreasi.storefront.ordering.domain.OrderRepository;
import org.sentrakreasi.storefront.ordering.domain.OrderStatus;

/** Orders as their buyer, their unit's staff and their makers see them, as records. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderQueries {

    /** The largest page of a staff list. */
    public static final int MAX_PAGE_SIZE = 100;

    /** The statuses a staff list can be filtered by, by name. */
    public static final List<String> STATUSES = Arrays.stream(OrderStatus.values()).map(Enum::name).toList();

    private OrderRepository orders;
    private UnitDirectory units;
    private BankTransferAccount account;
    private Clock clock;

    protected OrderQueries() {
        // for CDI proxies
    }

    @Inject
    public OrderQueries(OrderRepository orders, UnitDirectory units, BankTransferAccount account, Clock clock) {
        this.orders = orders;
        this.units = units;
        this.account = account;
        this.clock = clock;
    }

    /**
     * The buyer's view of an order, by its code and the email it was placed with (without case).
     *
     * @throws OrderNotFoundException when there is no such code or the email is another: the same
     *                                answer, so that it tells nothing about which
     */
    public OrderDetails track(String code, String email) {
        return findByCode(code).filter(order -> order.customer().hasEmail(email))
                .map(order -> views().forBuyer(order))
                .orElseThrow(() -> new OrderNotFoundException("No order with that code for that email address"));
    }

    /** An order as its unit's staff see it, with the steps possible now. */
    public OrderDetails details(Actor actor, String code) {
        OrderAccess.requireStaff(actor);
        Order order = staffOrder(orders, code);
        OrderAccess.requireHandles(actor, order);
        return views().forStaff(order);
    }

    /**
     * The orders with lines of a coordinator's unit (an admin: every order), newest first, optionally
     * of one status (by name, e.g. {@code PAID}).
     *
     * @throws InvalidOrderException naming {@code status}, {@code page} or {@code size} when out of range or unknown
     */
    public OrderPage unitOrders(Actor actor, String status, int page, int size) {
        Long unit = OrderAccess.unitScope(actor);
        OrderStatus wanted = status(status);
        if (page < 0) {
            throw InvalidOrderException.of(new OrderFieldError("page", "min", "must be at least 0"));
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw InvalidOrderException.of(new OrderFieldError("size", "range", "must be 1 to " + MAX_PAGE_SIZE));
        }
        long total = orders.countOfUnit(unit, wanted);
        // In long: a page far past the end must give an empty page, not an overflowed offset.
        long offset = (long) page * size;
        if (offset >= total) {
            return new OrderPage(total, page, size, List.of());
        }
        OrderViews views = views();
        List<OrderSummary> items = orders.ofUnit(unit, wanted, (int) offset, size).stream()
                .map(views::summary).toList();
        return new OrderPage(total, page, size, items);
    }

    /** The lines of the signed-in maker's products in every order, newest order first. */
    public List<MakerOrderLine> makerOrders(Actor actor) {
        long makerId = OrderAccess.requireMaker(actor);
        return orders.withLinesOfMakers(List.of(makerId)).stream()
                .sorted(Comparator.comparing(Order::placedAt).reversed())
                .flatMap(order -> OrderViews.makerLines(order, makerId).stream())
                .toList();
    }

    /** The signed-in maker's income per month of payment, up to this month. */
    public MakerIncome makerIncome(Actor actor) {
        long makerId = OrderAccess.requireMaker(actor);
        return MakerEarnings.income(orders.withLinesOfMakers(List.of(makerId)), makerId,
                YearMonth.from(SalesCalendar.dayOf(clock.instant())));
    }

    /** Every paid, not cancelled order line of these makers, dated by the payment (for cohort outcomes). */
    public List<MakerSale> salesOf(Collection<Long> makerIds) {
        if (makerIds.isEmpty()) {
            return List.of();
        }
        return MakerEarnings.sales(orders.withLinesOfMakers(makerIds), makerIds);
    }

    /** An order by code for staff, 404 when there is none. */
    static Order staffOrder(OrderRepository orders, String code) {
        return findByCode(orders, code).orElseThrow(() -> new OrderNotFoundException("No order with that code"));
    }

    private Optional<Order> findByCode(String code) {
        return findByCode(orders, code);
    }

    private static Optional<Order> findByCode(OrderRepository orders, String code) {
        if (!OrderCodes.isWellFormed(code)) {
            return Optional.empty();
        }
        return orders.findByCode(OrderCodes.normalised(code));
    }

    private static OrderStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        String wanted = status.strip().toUpperCase(Locale.ROOT);
        for (OrderStatus candidate : OrderStatus.values()) {
            if (candidate.name().equals(wanted)) {
                return candidate;
            }
        }
        throw InvalidOrderException.of(OrderFieldError.notAChoice("status", STATUSES));
    }

    private OrderViews views() {
        return new OrderViews(units, account);
    }
}
