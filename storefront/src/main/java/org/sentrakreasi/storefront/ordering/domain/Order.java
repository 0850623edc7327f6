package org.sentrakreasi.storefront.ordering.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A shopper's order: its lines as they were at order time, how it is delivered and paid, and the
 * history of its status. Each step is a method that checks the status (and delivery) allows it and
 * records who took it and when. Stock is not the order's business: the application service
 * reserves it with the placement and gives it back with a cancellation.
 *
 * <p>Income: an order's lines count as their makers' income once it is paid, dated by the payment
 * ({@link #countsAsIncome()}, {@link #paidAt()}); an order paid at pickup is paid when completed.
 */
@Entity(name = "CustomerOrder")
@Table(name = "customer_order")
public class Order {

    /** The most lines an order may have; a bigger purchase is an institutional order, arranged with the unit. */
    public static final int MAX_LINES = 50;

    private static final Set<OrderStatus> CANCELLABLE =
            EnumSet.of(OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.READY_FOR_PICKUP);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 11)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;

    @Embedded
    private Customer customer;

    @Embedded
    private Delivery delivery;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false, length = 20)
    private PaymentMethod payment;

    @Column(name = "total", nullable = false)
    private long total;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "cancellation_reason", length = 1000)
    private String cancellationReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_status_change", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "seq")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Order() {
    }

    private Order(String code, Customer customer, Delivery delivery, PaymentMethod payment, List<OrderLine> lines,
                  Instant now) {
        this.code = Objects.requireNonNull(code, "code");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.delivery = Objects.requireNonNull(delivery, "delivery");
        this.payment = Objects.requireNonNull(payment, "payment");
        this.lines = new ArrayList<>(lines);
        this.total = lines.stream().mapToLong(OrderLine::total).reduce(0, Math::addExact);
        this.placedAt = stored(now);
        moveTo(OrderStatus.PLACED, now, null, null);
    }

    /**
     * A new order, PLACED. Payment at pickup needs a pickup, and a pickup happens at one Sentra:
     * all lines come from one unit.
     *
     * @throws IllegalArgumentException when those rules are broken (callers check them first and
     *                                  name the field to the buyer)
     */
    public static Order place(String code, Customer customer, Delivery delivery, PaymentMethod payment,
                              List<OrderLine> lines, Instant now) {
        if (lines.isEmpty() || lines.size() > MAX_LINES) {
            throw new IllegalArgumentException("An order has 1 to " + MAX_LINES + " lines");
        }
        if (payment == PaymentMethod.PAY_AT_PICKUP && delivery.method() != DeliveryMethod.PICKUP) {
            throw new IllegalArgumentException("Paying at pickup needs a pickup");
        }
        if (delivery.method() == DeliveryMethod.PICKUP && lines.stream().map(OrderLine::unitId).distinct().count() > 1) {
            throw new IllegalArgumentException("A pickup happens at one Sentra: all products must come from one unit");
        }
        return new Order(code, customer, delivery, payment, lines, now);
    }

    /** The payment arrived (a transfer seen on the account, or cash taken before pickup). */
    public void markPaid(String by, Instant now) {
        require(status == OrderStatus.PLACED, "only a placed order can be marked paid");
        paidAt = stored(now);
        moveTo(OrderStatus.PAID, now, by, null);
    }

    /** Handed to the courier: shipping orders, once paid. */
    public void ship(String by, Instant now) {
        require(delivery.method() == DeliveryMethod.SHIPPING, "it is picked up, not shipped");
        require(status == OrderStatus.PAID, "only a paid order can be shipped");
        moveTo(OrderStatus.SHIPPED, now, by, null);
    }

    /** Packed and waiting at the Sentra: pickup orders, once paid, or at once when paid at pickup. */
    public void readyForPickup(String by, Instant now) {
        require(delivery.method() == DeliveryMethod.PICKUP, "it is shipped, not picked up");
        require(status == OrderStatus.PAID || (status == OrderStatus.PLACED && payment == PaymentMethod.PAY_AT_PICKUP),
                status == OrderStatus.PLACED ? "a bank transfer must be marked paid before the order is ready"
                        : "only a placed or paid order can be made ready for pickup");
        moveTo(OrderStatus.READY_FOR_PICKUP, now, by, null);
    }

    /** Delivered or picked up. Picking up an order paid at pickup is its payment. */
    public void complete(String by, Instant now) {
        require(status == OrderStatus.SHIPPED || status == OrderStatus.READY_FOR_PICKUP,
                "only a shipped order or one ready for pickup can be completed");
        if (paidAt == null) {
            paidAt = stored(now);
        }
        moveTo(OrderStatus.COMPLETED, now, by, null);
    }

    /**
     * Called off before it left the Sentra (a shipped or completed order cannot be); the caller
     * gives its {@link #reservedQuantities()} back to the stock. A paid order's money is refunded
     * outside this system; its lines no longer count as income.
     */
    public void cancel(String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A cancellation needs a reason");
        }
        require(CANCELLABLE.contains(status), "only an order that has not left the Sentra can be cancelled");
        cancellationReason = reason.strip();
        moveTo(OrderStatus.CANCELLED, now, by, cancellationReason);
    }

    /** The steps that the order's status and delivery allow now, for the screens to offer. */
    public Set<OrderStep> possibleSteps() {
        Set<OrderStep> steps = EnumSet.noneOf(OrderStep.class);
        boolean pickup = delivery.method() == DeliveryMethod.PICKUP;
        if (status == OrderStatus.PLACED) {
            steps.add(OrderStep.MARK_PAID);
        }
        if (!pickup && status == OrderStatus.PAID) {
            steps.add(OrderStep.SHIP);
        }
        if (pickup && (status == OrderStatus.PAID
                || (status == OrderStatus.PLACED && payment == PaymentMethod.PAY_AT_PICKUP))) {
            steps.add(OrderStep.READY_FOR_PICKUP);
        }
        if (status == OrderStatus.SHIPPED || status == OrderStatus.READY_FOR_PICKUP) {
            steps.add(OrderStep.COMPLETE);
        }
        if (CANCELLABLE.contains(status)) {
            steps.add(OrderStep.CANCEL);
        }
        return steps;
    }

    /** Paid and not cancelled: its lines are their makers' income, dated {@link #paidAt()}. */
    public boolean countsAsIncome() {
        return paidAt != null && status != OrderStatus.CANCELLED;
    }

    /** Whether a coordinator of the unit handles this order: it has at least one line of the unit. */
    public boolean concernsUnit(long unitId) {
        return lines.stream().anyMatch(line -> line.unitId() == unitId);
    }

    public List<OrderLine> linesOfMaker(long makerId) {
        return lines.stream().filter(line -> line.makerId() == makerId).toList();
    }

    /** What the order holds of each product (product id to quantity): the stock to give back when cancelled. */
    public Map<Long, Integer> reservedQuantities() {
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        lines.forEach(line -> quantities.merge(line.productId(), line.quantity(), Integer::sum));
        return quantities;
    }

    private void require(boolean allowed, String refusal) {
        if (!allowed) {
            throw new OrderStateException(code, status, refusal);
        }
    }

    private void moveTo(OrderStatus next, Instant now, String by, String reason) {
        status = next;
        history.add(new StatusChange(next, stored(now), by, reason));
    }

    /** Times to the microsecond, as the database keeps them: a receipt says what tracking will say later. */
    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public OrderStatus status() {
        return status;
    }

    public Customer customer() {
        return customer;
    }

    public Delivery delivery() {
        return delivery;
    }

    public PaymentMethod payment() {
        return payment;
    }

    public long total() {
        return total;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public Optional<Instant> paidAt() {
        return Optional.ofNullable(paidAt);
    }

    public Optional<String> cancellationReason() {
        return Optional.ofNullable(cancellationReason);
    }

    public List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }

    public long version() {
        return version;
    }
}
