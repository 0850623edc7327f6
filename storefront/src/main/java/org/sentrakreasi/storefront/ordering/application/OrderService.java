package org.sentrakreasi.storefront.ordering.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.random.RandomGenerator;
import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.OrderableProduct;
import org.sentrakreasi.catalog.application.OutOfStockException;
import org.sentrakreasi.catalog.application.StockService;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.storefront.ordering.domain.Customer;
import org.sentrakreasi.storefront.ordering.domain.Delivery;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderCodes;
import org.sentrakreasi.storefront.ordering.domain.OrderLine;
import org.sentrakreasi.storefront.ordering.domain.OrderRepository;

/**
 * Placing orders and taking them through their steps. A placement checks the form, reserves the
 * stock through the catalog and stores the order in one transaction: an order exists exactly when
 * its stock was taken. Each step loads the order, checks that the caller handles it (a coordinator
 * of a unit the order has lines of, or an admin), applies one behaviour and stores it; a
 * cancellation gives the stock back in the same transaction.
 */
@ApplicationScoped
@Transactional
public class OrderService {

    private static final int CODE_ATTEMPTS = 5;

    private OrderRepository orders;
    private StockService stock;
    private UnitDirectory units;
    private BankTransferAccount account;
    private Clock clock;
    private RandomGenerator random;

    protected OrderService() {
        // for CDI proxies
    }

    @Inject
    public OrderService(OrderRepository orders, StockService stock, UnitDirectory units, BankTransferAccount account,
                        Clock clock) {
        this(orders, stock, units, account, clock, new SecureRandom());
    }

    /** With a given source of order codes, for tests. */
    OrderService(OrderRepository orders, StockService stock, UnitDirectory units, BankTransferAccount account,
                 Clock clock, RandomGenerator random) {
        this.orders = orders;
        this.stock = stock;
        this.units = units;
        this.account = account;
        this.clock = clock;
        this.random = random;
    }

    /**
     * Places a guest's order: PLACED, its stock reserved, its payment instructions in the receipt.
     *
     * @throws InvalidOrderException naming every refused field (nothing reserved)
     * @throws OutOfStockException naming every product that is short (nothing reserved: the
     *                             transaction rolls back whatever lines were taken before)
     */
    public OrderDetails place(PlaceOrder command) {
        PlaceOrderCheck check = PlaceOrderCheck.of(command);
        Map<Long, OrderableProduct> onSale = checkedAgainstProducts(check);
        stock.reserve(check.quantities());
        List<OrderLine> lines = check.quantities().keySet().stream().map(onSale::get)
                .map(product -> new OrderLine(product.id(), product.name(), product.price(),
                        check.quantities().get(product.id()), product.makerId(), product.unitId()))
                .toList();
        Order order = Order.place(newCode(), customer(command.customer()), delivery(command.delivery()),
                command.payment(), lines, clock.instant());
        return views().forBuyer(orders.store(order));
    }

    /**
     * Refuses, from reads alone, an order that {@link #place} would refuse for its fields or for
     * stock already gone, so that a caller can answer it before claiming or locking anything.
     * Passing says nothing: {@link #place} checks again and takes the stock.
     *
     * @throws InvalidOrderException as {@link #place}
     * @throws OutOfStockException   for the products whose stock last committed is short
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void refuseEarly(PlaceOrder command) {
        checkedAgainstProducts(PlaceOrderCheck.of(command));
    }

    private Map<Long, OrderableProduct> checkedAgainstProducts(PlaceOrderCheck check) {
        Map<Long, OrderableProduct> onSale = stock.orderable(check.productIds());
        check.againstProducts(onSale);
        check.requireValid();
        StockService.requireAvailable(onSale, check.quantities());
        return onSale;
    }

    public OrderDetails markPaid(Actor actor, String code) {
        return views().forStaff(step(actor, code, (order, by) -> order.markPaid(by, clock.instant())));
    }

    public OrderDetails ship(Actor actor, String code) {
        return views().forStaff(step(actor, code, (order, by) -> order.ship(by, clock.instant())));
    }

    public OrderDetails readyForPickup(Actor actor, String code) {
        return views().forStaff(step(actor, code, (order, by) -> order.readyForPickup(by, clock.instant())));
    }

    public OrderDetails complete(Actor actor, String code) {
        return views().forStaff(step(actor, code, (order, by) -> order.complete(by, clock.instant())));
    }

    /**
     * Cancels the order with the reason (shown to the buyer) and gives its stock back.
     *
     * @throws InvalidOrderException naming {@code reason} when it is blank or longer than 1000 characters
     */
    public OrderDetails cancel(Actor actor, String code, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidOrderException.of(OrderFieldError.required("reason"));
        }
        if (reason.strip().length() > 1000) {
            throw InvalidOrderException.of(OrderFieldError.tooLong("reason", 1000));
        }
        Order cancelled = step(actor, code, (order, by) -> order.cancel(reason, by, clock.instant()));
        stock.release(cancelled.reservedQuantities());
        return views().forStaff(cancelled);
    }

    /** Stored (and flushed) before the caller touches stock: a concurrent step on the same order fails first. */
    private Order step(Actor actor, String code, BiConsumer<Order, String> behaviour) {
        OrderAccess.requireStaff(actor);
        Order order = OrderQueries.staffOrder(orders, code);
        OrderAccess.requireHandles(actor, order);
        behaviour.accept(order, actor.username());
        return orders.store(order);
    }

    private String newCode() {
        for (int attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
            String code = OrderCodes.random(random);
            if (!orders.codeExists(code)) {
                return code;
            }
        }
        throw new IllegalStateException("No free order code after " + CODE_ATTEMPTS + " attempts");
    }

    private static Customer customer(PlaceOrder.CustomerInput input) {
        return new Customer(input.name().strip(), input.email().strip(), input.phone().strip());
    }

    private static Delivery delivery(PlaceOrder.DeliveryInput input) {
        return input.method() == DeliveryMethod.SHIPPING
                ? Delivery.shipping(input.address().strip(), input.city().strip(), input.postalCode().strip())
                : Delivery.pickup();
    }

    private OrderViews views() {
        return new OrderViews(units, account);
    }
}
