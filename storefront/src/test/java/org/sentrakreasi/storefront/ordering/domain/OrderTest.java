package org.sentrakreasi.storefront.ordering.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sentrakreasi.storefront.ordering.domain.OrderBuilder.aLine;
import static org.sentrakreasi.storefront.ordering.domain.OrderBuilder.anOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class OrderTest {

    private static final Instant LATER = OrderBuilder.PLACED_AT.plusSeconds(3600);
    private static final Instant MUCH_LATER = LATER.plusSeconds(86_400);

    @Nested
    class Placing {

        @Test
        void aNewOrderIsPlacedWithItsTotalAndTheFirstStepOfItsHistory() {
            Order order = anOrder().with(aLine()).with(new OrderLine(8, "Kopi", 30_000, 3, 4, 1)).build();

            assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(order.total()).isEqualTo(2 * 45_000 + 3 * 30_000);
            assertThat(order.paidAt()).isEmpty();
            assertThat(order.history()).singleElement().satisfies(step -> {
                assertThat(step.status()).isEqualTo(OrderStatus.PLACED);
                assertThat(step.at()).isEqualTo(OrderBuilder.PLACED_AT);
                assertThat(step.by()).as("the buyer placed it").isEmpty();
            });
        }

        @Test
        void payingAtPickupNeedsAPickup() {
            assertThatThrownBy(() -> Order.place("SK-AAAAAAAA", new Customer("A", "a@b.id", "08123456789"),
                    Delivery.shipping("Jl. Mawar 1", "Kota Bekasi", "17112"), PaymentMethod.PAY_AT_PICKUP,
                    List.of(aLine()), OrderBuilder.PLACED_AT))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aPickupHappensAtOneSentra() {
            assertThatThrownBy(() -> anOrder().forPickup().with(aLine(7, 3, 1)).with(aLine(8, 4, 2)).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("one unit");
            assertThat(anOrder().with(aLine(7, 3, 1)).with(aLine(8, 4, 2)).build().concernsUnit(2))
                    .as("shipping from two units is fine").isTrue();
        }

        @Test
        void anOrderHasAtLeastOneLineAndAtLeastOnePiecePerLine() {
            assertThatThrownBy(() -> Order.place("SK-AAAAAAAA", new Customer("A", "a@b.id", "08123456789"),
                    Delivery.pickup(), PaymentMethod.PAY_AT_PICKUP, List.of(), OrderBuilder.PLACED_AT))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new OrderLine(7, "Tas", 45_000, 0, 3, 1)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Shipping {

        @Test
        void goesFromPlacedThroughPaidAndShippedToCompletedRecordingWhoAndWhen() {
            Order order = anOrder().build();
            order.markPaid("koordinator.bekasi", LATER);
            order.ship("koordinator.bekasi", MUCH_LATER);
            order.complete("admin", MUCH_LATER.plusSeconds(60));

            assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(order.paidAt()).contains(LATER);
            assertThat(order.history()).extracting(StatusChange::status).containsExactly(
                    OrderStatus.PLACED, OrderStatus.PAID, OrderStatus.SHIPPED, OrderStatus.COMPLETED);
            assertThat(order.history().get(1).by()).contains("koordinator.bekasi");
            assertThat(order.history().get(3).by()).contains("admin");
            assertThat(order.history().get(2).at()).isEqualTo(MUCH_LATER);
        }

        @Test
        void isNotShippedBeforeItIsPaid() {
            Order order = anOrder().build();
            assertThatThrownBy(() -> order.ship("k", LATER))
                    .isInstanceOf(OrderStateException.class)
                    .hasMessageContaining("is PLACED");
        }

        @Test
        void isNeverMadeReadyForPickup() {
            Order order = anOrder().build();
            order.markPaid("k", LATER);
            assertThatThrownBy(() -> order.readyForPickup("k", LATER))
                    .isInstanceOf(OrderStateException.class)
                    .hasMessageContaining("shipped, not picked up");
        }

        @Test
        void isPaidOnce() {
            Order order = anOrder().build();
            order.markPaid("k", LATER);
            assertThatThrownBy(() -> order.markPaid("k", MUCH_LATER))
                    .isInstanceOf(OrderStateException.class)
                    .satisfies(e -> assertThat(((OrderStateException) e).currentStatus()).isEqualTo(OrderStatus.PAID));
            assertThat(order.paidAt()).contains(LATER);
        }

        @Test
        void isCompletedOnlyOnceShipped() {
            Order order = anOrder().build();
            order.markPaid("k", LATER);
            assertThatThrownBy(() -> order.complete("k", LATER)).isInstanceOf(OrderStateException.class);
        }
    }

    @Nested
    class Pickup {

        @Test
        void aTransferMustBeMarkedPaidBeforeTheOrderIsReady() {
            Order order = anOrder().forPickup().build();
            assertThatThrownBy(() -> order.readyForPickup("k", LATER))
                    .isInstanceOf(OrderStateException.class)
                    .hasMessageContaining("marked paid");
            order.markPaid("k", LATER);
            order.readyForPickup("k", LATER);
            assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
        }

        @Test
        void isNeverShipped() {
            Order order = anOrder().forPickup().build();
            order.markPaid("k", LATER);
            assertThatThrownBy(() -> order.ship("k", LATER))
                    .isInstanceOf(OrderStateException.class)
                    .hasMessageContaining("picked up, not shipped");
        }

        @Test
        void payingAtPickupIsReadyAtOnceAndPaidWhenCompleted() {
            Order order = anOrder().payingAtPickup().build();
            order.readyForPickup("k", LATER);
            assertThat(order.paidAt()).isEmpty();

            order.complete("k", MUCH_LATER);

            assertThat(order.status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(order.paidAt()).as("paid at the counter when picked up").contains(MUCH_LATER);
        }

        @Test
        void payingAtPickupMayAlsoBePaidEarlyAndKeepsThatDate() {
            Order order = anOrder().payingAtPickup().build();
            order.markPaid("k", LATER);
            order.readyForPickup("k", LATER);
            order.complete("k", MUCH_LATER);
            assertThat(order.paidAt()).contains(LATER);
        }
    }

    @Nested
    class Cancelling {

        @Test
        void needsAReasonAndKeepsIt() {
            Order order = anOrder().build();
            assertThatThrownBy(() -> order.cancel("  ", "k", LATER)).isInstanceOf(IllegalArgumentException.class);

            order.cancel(" Pembeli membatalkan ", "koordinator.bekasi", LATER);

            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.cancellationReason()).contains("Pembeli membatalkan");
            assertThat(order.history().get(1).reason()).contains("Pembeli membatalkan");
            assertThat(order.history().get(1).by()).contains("koordinator.bekasi");
        }

        @Test
        void isPossibleUntilTheOrderLeavesTheSentra() {
            Order paid = anOrder().build();
            paid.markPaid("k", LATER);
            paid.cancel("Stok rusak", "k", LATER);
            assertThat(paid.status()).isEqualTo(OrderStatus.CANCELLED);

            Order ready = anOrder().payingAtPickup().build();
            ready.readyForPickup("k", LATER);
            ready.cancel("Tidak diambil", "k", LATER);
            assertThat(ready.status()).isEqualTo(OrderStatus.CANCELLED);

            Order shipped = anOrder().build();
            shipped.markPaid("k", LATER);
            shipped.ship("k", LATER);
            assertThatThrownBy(() -> shipped.cancel("Terlambat", "k", LATER)).isInstanceOf(OrderStateException.class);
            assertThatThrownBy(() -> paid.cancel("Lagi", "k", LATER))
                    .isInstanceOf(OrderStateException.class).hasMessageContaining("is CANCELLED");
            assertThatThrownBy(() -> paid.markPaid("k", LATER)).isInstanceOf(OrderStateException.class);
        }

        @Test
        void givesBackWhatTheOrderHeldOfEachProduct() {
            Order order = anOrder().with(aLine(7, 3, 1)).with(new OrderLine(9, "Sabun", 15_000, 4, 3, 1)).build();
            assertThat(order.reservedQuantities()).isEqualTo(Map.of(7L, 2, 9L, 4));
        }
    }

    @Nested
    class Income {

        @Test
        void countsOncePaidAndNotCancelled() {
            Order order = anOrder().build();
            assertThat(order.countsAsIncome()).as("placed").isFalse();
            order.markPaid("k", LATER);
            assertThat(order.countsAsIncome()).as("paid").isTrue();
            order.ship("k", LATER);
            assertThat(order.countsAsIncome()).as("shipped").isTrue();
            order.complete("k", LATER);
            assertThat(order.countsAsIncome()).as("completed").isTrue();
        }

        @Test
        void aCancelledPaidOrderNoLongerCounts() {
            Order order = anOrder().build();
            order.markPaid("k", LATER);
            order.cancel("Dana dikembalikan", "k", MUCH_LATER);
            assertThat(order.countsAsIncome()).isFalse();
        }

        @Test
        void anOrderPaidAtPickupCountsWhenCompleted() {
            Order order = anOrder().payingAtPickup().build();
            order.readyForPickup("k", LATER);
            assertThat(order.countsAsIncome()).as("ready, not yet paid").isFalse();
            order.complete("k", MUCH_LATER);
            assertThat(order.countsAsIncome()).isTrue();
        }

        @Test
        void attributesEachLineToItsMaker() {
            Order order = anOrder().with(aLine(7, 3, 1)).with(aLine(8, 4, 1)).with(aLine(9, 3, 1)).build();
            assertThat(order.linesOfMaker(3)).extracting(OrderLine::productId).containsExactly(7L, 9L);
            assertThat(order.linesOfMaker(5)).isEmpty();
        }
    }

    @Nested
    class PossibleSteps {

        @Test
        void followTheStatusDeliveryAndPayment() {
            Order shipping = anOrder().build();
            assertThat(shipping.possibleSteps()).containsExactlyInAnyOrder(OrderStep.MARK_PAID, OrderStep.CANCEL);
            shipping.markPaid("k", LATER);
            assertThat(shipping.possibleSteps()).containsExactlyInAnyOrder(OrderStep.SHIP, OrderStep.CANCEL);
            shipping.ship("k", LATER);
            assertThat(shipping.possibleSteps()).containsExactly(OrderStep.COMPLETE);
            shipping.complete("k", LATER);
            assertThat(shipping.possibleSteps()).isEmpty();

            Order atPickup = anOrder().payingAtPickup().build();
            assertThat(atPickup.possibleSteps())
                    .containsExactlyInAnyOrder(OrderStep.MARK_PAID, OrderStep.READY_FOR_PICKUP, OrderStep.CANCEL);
            Order transferThenPickup = anOrder().forPickup().build();
            assertThat(transferThenPickup.possibleSteps()).containsExactlyInAnyOrder(OrderStep.MARK_PAID, OrderStep.CANCEL);
        }
    }

    @Test
    void theBuyersEmailIsComparedWithoutCase() {
        Order order = anOrder().build();
        assertThat(order.customer().hasEmail(" budi@contoh.ID ")).isTrue();
        assertThat(order.customer().hasEmail("budi@contoh.com")).isFalse();
        assertThat(order.customer().hasEmail(null)).isFalse();
    }
}
