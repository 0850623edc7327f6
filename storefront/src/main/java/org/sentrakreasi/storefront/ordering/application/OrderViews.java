package org.sentrakreasi.storefront.ordering.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sentrakreasi.catalog.application.UnitDirectory;
import org.sentrakreasi.catalog.application.UnitRef;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.Order;
import org.sentrakreasi.storefront.ordering.domain.OrderLine;
import org.sentrakreasi.storefront.ordering.domain.OrderStep;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;
import org.sentrakreasi.storefront.ordering.domain.StatusChange;

/** Orders as records for the screens and the API; entities never leave the application layer. */
final class OrderViews {

    static final String CURRENCY = "IDR";

    /** The words of the API's paths for each step, also what {@link OrderDetails#actions()} lists. */
    private static final Map<OrderStep, String> ACTION_NAMES = Map.of(
            OrderStep.MARK_PAID, "paid", OrderStep.SHIP, "shipped", OrderStep.READY_FOR_PICKUP, "ready",
            OrderStep.COMPLETE, "completed", OrderStep.CANCEL, "cancel");
    private static final List<OrderStep> ACTION_ORDER = List.of(OrderStep.MARK_PAID, OrderStep.SHIP,
            OrderStep.READY_FOR_PICKUP, OrderStep.COMPLETE, OrderStep.CANCEL);

    private final UnitDirectory units;
    private final BankTransferAccount account;
    private final Map<Long, String> unitNames = new HashMap<>();

    /** One per call: remembers the unit names it looked up. */
    OrderViews(UnitDirectory units, BankTransferAccount account) {
        this.units = units;
        this.account = account;
    }

    /** What the buyer sees: no staff account names, no actions. */
    OrderDetails forBuyer(Order order) {
        return details(order, false);
    }

    /** What the unit's staff see: who took each step, and the steps possible now. */
    OrderDetails forStaff(Order order) {
        return details(order, true);
    }

    OrderSummary summary(Order order) {
        return new OrderSummary(order.code(), order.status().name(), order.placedAt(), order.customer().name(),
                order.delivery().method().name(), order.payment().name(), order.total(),
                order.lines().stream().mapToInt(OrderLine::quantity).sum());
    }

    static List<MakerOrderLine> makerLines(Order order, long makerId) {
        return order.linesOfMaker(makerId).stream()
                .map(line -> new MakerOrderLine(order.code(), order.status().name(), order.placedAt(),
                        order.paidAt().orElse(null), String.valueOf(line.productId()), line.productName(),
                        line.quantity(), line.unitPrice(), line.total(), order.customer().name(),
                        order.delivery().method().name()))
                .toList();
    }

    private OrderDetails details(Order order, boolean staff) {
        String pickupAt = order.delivery().method() == DeliveryMethod.PICKUP ? pickupUnit(order) : null;
        var customer = new OrderDetails.CustomerView(order.customer().name(), order.customer().email(),
                order.customer().phone());
        var delivery = new OrderDetails.DeliveryView(order.delivery().method().name(), order.delivery().address(),
                order.delivery().city(), order.delivery().postalCode(), pickupAt);
        List<OrderDetails.LineView> lines = order.lines().stream()
                .map(line -> new OrderDetails.LineView(String.valueOf(line.productId()), line.productName(),
                        line.quantity(), line.unitPrice(), line.total(), String.valueOf(line.makerId()),
                        String.valueOf(line.unitId()), unitName(line.unitId())))
                .toList();
        List<OrderDetails.StatusEntry> history = order.history().stream()
                .map(change -> entry(change, staff))
                .toList();
        return new OrderDetails(order.code(), order.status().name(), order.total(), CURRENCY, order.placedAt(),
                order.paidAt().orElse(null), customer, delivery, payment(order, pickupAt), lines, history,
                order.cancellationReason().orElse(null), staff ? actions(order.possibleSteps()) : List.of());
    }

    private PaymentInstructions payment(Order order, String pickupAt) {
        if (order.payment() == PaymentMethod.PAY_AT_PICKUP) {
            return new PaymentInstructions(order.payment().name(), order.total(), CURRENCY, order.code(), null, null,
                    null, pickupAt);
        }
        return new PaymentInstructions(order.payment().name(), order.total(), CURRENCY, order.code(), account.bank(),
                account.accountNumber(), account.accountHolder(), null);
    }

    private static OrderDetails.StatusEntry entry(StatusChange change, boolean staff) {
        return new OrderDetails.StatusEntry(change.status().name(), change.at(),
                staff ? change.by().orElse(null) : null, change.reason().orElse(null));
    }

    private static List<String> actions(Set<OrderStep> steps) {
        return ACTION_ORDER.stream().filter(steps::contains).map(ACTION_NAMES::get).toList();
    }

    /** A pickup order's lines all come from one unit (the order's rule): its Sentra. */
    private String pickupUnit(Order order) {
        return unitName(order.lines().get(0).unitId());
    }

    private String unitName(long unitId) {
        return unitNames.computeIfAbsent(unitId, id -> units.find(id).map(UnitRef::name).orElse(null));
    }
}
