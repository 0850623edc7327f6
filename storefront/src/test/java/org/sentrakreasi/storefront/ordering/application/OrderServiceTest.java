package org.sentrakreasi.storefront.ordering.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sentrakreasi.storefront.ordering.application.Shop.line;
import static org.sentrakreasi.storefront.ordering.application.Shop.payingAtPickup;
import static org.sentrakreasi.storefront.ordering.application.Shop.shipping;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.catalog.application.OutOfStockException;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.storefront.ordering.domain.DeliveryMethod;
import org.sentrakreasi.storefront.ordering.domain.OrderNotFoundException;
import org.sentrakreasi.storefront.ordering.domain.OrderStateException;
import org.sentrakreasi.storefront.ordering.domain.PaymentMethod;

class OrderServiceTest {

    private final Shop shop = new Shop();
    private final Maker sari = shop.maker("Ibu Sari", Shop.BEKASI);
    private final Maker joko = shop.maker("Pak Joko", Shop.MAGELANG);
    private final Product nastar = shop.published(sari, "Kue Nastar Nanas 500 g", 95_000, 5);
    private final Product keripik = shop.published(sari, "Keripik Singkong Balado", 18_000, 60);
    private final Product kopi = shop.published(joko, "Kopi Robusta Temanggung", 45_000, 30);

    @Test
    void anOrderIsPlacedWithTheLinesAsTheyAreNowItsTotalAndBankTransferInstructions() {
        OrderDetails receipt = shop.service.place(shipping(line(nastar, 2), line(kopi, 1)));

        assertThat(receipt.code()).matches("SK-[2-9A-Z]{8}");
        assertThat(receipt.status()).isEqualTo("PLACED");
        assertThat(receipt.total()).isEqualTo(2 * 95_000 + 45_000);
        assertThat(receipt.lines()).extracting(OrderDetails.LineView::name, OrderDetails.LineView::quantity,
                        OrderDetails.LineView::unitPrice, OrderDetails.LineView::makerId, OrderDetails.LineView::unitName)
                .containsExactly(
                        tuple("Kue Nastar Nanas 500 g", 2, 95_000L,
                                String.valueOf(sari.id()), "Balai Pangudi Luhur Bekasi"),
                        tuple("Kopi Robusta Temanggung", 1, 45_000L,
                                String.valueOf(joko.id()), "SKA Antasena Magelang"));
        assertThat(receipt.payment()).isEqualTo(new PaymentInstructions("BANK_TRANSFER", 235_000, "IDR", receipt.code(),
                "Bank Demo", "000-111", "Sentra Kreasi (DEMO)", null));
        assertThat(receipt.delivery().address()).isEqualTo("Jl. Melati 5 RT 02/RW 03");
        assertThat(receipt.actions()).as("the buyer has no actions").isEmpty();
        assertThat(nastar.stock()).as("reserved").isEqualTo(3);
        assertThat(kopi.stock()).isEqualTo(29);
    }

    @Test
    void payingAtPickupSaysWhereToPay() {
        OrderDetails receipt = shop.service.place(payingAtPickup(line(keripik, 3)));

        assertThat(receipt.payment().method()).isEqualTo("PAY_AT_PICKUP");
        assertThat(receipt.payment().payAt()).isEqualTo("Balai Pangudi Luhur Bekasi");
        assertThat(receipt.payment().bank()).isNull();
        assertThat(receipt.delivery().pickupAt()).isEqualTo("Balai Pangudi Luhur Bekasi");
    }

    @Test
    void linesOfTheSameProductAreMerged() {
        OrderDetails receipt = shop.service.place(shipping(line(keripik, 2), line(nastar, 1), line(keripik, 3)));

        assertThat(receipt.lines()).extracting(OrderDetails.LineView::name, OrderDetails.LineView::quantity)
                .containsExactly(tuple("Keripik Singkong Balado", 5),
                        tuple("Kue Nastar Nanas 500 g", 1));
        assertThat(keripik.stock()).isEqualTo(55);
    }

    @Test
    void everyRefusedFieldIsNamedAtOnce() {
        PlaceOrder bad = new PlaceOrder(new PlaceOrder.CustomerInput(" ", "budi-at-contoh", "12"),
                new PlaceOrder.DeliveryInput(DeliveryMethod.SHIPPING, null, "", "1711"), PaymentMethod.PAY_AT_PICKUP,
                List.of(new PlaceOrder.LineInput(-1L, 1), new PlaceOrder.LineInput(nastar.id(), 0),
                        new PlaceOrder.LineInput(999_999L, 1)));

        assertThatThrownBy(() -> shop.service.place(bad)).isInstanceOfSatisfying(InvalidOrderException.class,
                e -> assertThat(e.errors()).extracting(OrderFieldError::field, OrderFieldError::code).containsExactlyInAnyOrder(
                        tuple("customer.name", "required"),
                        tuple("customer.email", "email"),
                        tuple("customer.phone", "phone"),
                        tuple("delivery.address", "required"),
                        tuple("delivery.city", "required"),
                        tuple("delivery.postalCode", "postal-code"),
                        tuple("payment", "pay-at-pickup-needs-pickup"),
                        tuple("lines[0].productId", "unknown-product"),
                        tuple("lines[1].quantity", "min"),
                        tuple("lines[2].productId", "unknown-product")));
        assertThat(nastar.stock()).isEqualTo(5);
        assertThat(shop.orders.all()).isEmpty();
    }

    @Test
    void missingPartsAreRequired() {
        assertThatThrownBy(() -> shop.service.place(new PlaceOrder(null, null, null, List.of())))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.errors())
                        .extracting(OrderFieldError::field)
                        .containsExactlyInAnyOrder("customer", "delivery", "payment", "lines"));
        assertThatThrownBy(() -> shop.service.place(new PlaceOrder(Shop.buyer(),
                new PlaceOrder.DeliveryInput(null, null, null, null), PaymentMethod.BANK_TRANSFER,
                List.of(new PlaceOrder.LineInput(null, null)))))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.errors())
                        .extracting(OrderFieldError::field)
                        .containsExactlyInAnyOrder("delivery.method", "lines[0].productId", "lines[0].quantity"));
    }

    @Test
    void anUnpublishedProductIsNotOnSale() {
        nastar.archive();
        assertThatThrownBy(() -> shop.service.place(shipping(line(nastar, 1))))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.errors())
                        .extracting(OrderFieldError::field, OrderFieldError::code)
                        .containsExactly(tuple("lines[0].productId", "unknown-product")));
    }

    @Test
    void aPickupIsOfProductsOfOneSentra() {
        assertThatThrownBy(() -> shop.service.place(payingAtPickup(line(nastar, 1), line(kopi, 1))))
                .isInstanceOfSatisfying(InvalidOrderException.class, e -> assertThat(e.errors())
                        .extracting(OrderFieldError::field, OrderFieldError::code)
                        .containsExactly(tuple("delivery.method", "pickup-one-unit")));
    }

    @Test
    void tooFewLeftIsOutOfStockNamingTheProductAndWhatIsLeft() {
        assertThatThrownBy(() -> shop.service.place(shipping(line(kopi, 1), line(nastar, 6))))
                .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages()).containsExactly(
                        new OutOfStockException.Shortage(String.valueOf(nastar.id()), "Kue Nastar Nanas 500 g", 5)));
        assertThat(shop.orders.all()).isEmpty();
    }

    @Test
    void refusingEarlyNamesWhatIsShortOrRefusedAndTakesNothing() {
        assertThatThrownBy(() -> shop.service.refuseEarly(shipping(line(kopi, 1), line(nastar, 6))))
                .isInstanceOfSatisfying(OutOfStockException.class, e -> assertThat(e.shortages()).containsExactly(
                        new OutOfStockException.Shortage(String.valueOf(nastar.id()), "Kue Nastar Nanas 500 g", 5)));
        assertThatThrownBy(() -> shop.service.refuseEarly(payingAtPickup(line(nastar, 1), line(kopi, 1))))
                .isInstanceOf(InvalidOrderException.class);

        shop.service.refuseEarly(shipping(line(nastar, 5), line(kopi, 1)));

        assertThat(nastar.stock()).as("an order that may go through takes nothing yet").isEqualTo(5);
        assertThat(kopi.stock()).isEqualTo(30);
        assertThat(shop.orders.all()).isEmpty();
        assertThat(shop.outbox.pendingProductIds()).isEmpty();
    }

    @Test
    void sellingTheLastPieceTellsSearchItIsSoldOutAndCancellingGivesItBack() {
        OrderDetails order = shop.service.place(shipping(line(nastar, 5)));
        assertThat(nastar.stock()).isZero();
        assertThat(shop.outbox.pendingProductIds()).containsExactly(nastar.id());

        OrderDetails cancelled = shop.service.cancel(shop.bekasi, order.code(), "Pembeli membatalkan");

        assertThat(cancelled.status()).isEqualTo("CANCELLED");
        assertThat(cancelled.cancellationReason()).isEqualTo("Pembeli membatalkan");
        assertThat(nastar.stock()).isEqualTo(5);
        assertThat(shop.outbox.pendingProductIds()).as("in stock again").containsExactly(nastar.id(), nastar.id());
    }

    @Test
    void aCancellationNeedsAReason() {
        OrderDetails order = shop.service.place(shipping(line(nastar, 1)));
        assertThatThrownBy(() -> shop.service.cancel(shop.bekasi, order.code(), " "))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.errors()).extracting(OrderFieldError::field).containsExactly("reason"));
        assertThat(nastar.stock()).isEqualTo(4);
    }

    @Test
    void staffTakeTheOrderThroughItsStepsAndSeeWhoDidWhat() {
        String code = shop.service.place(shipping(line(nastar, 1))).code();

        assertThat(shop.service.markPaid(shop.bekasi, code).actions()).containsExactly("shipped", "cancel");
        assertThat(shop.service.ship(shop.admin, code).actions()).containsExactly("completed");
        OrderDetails completed = shop.service.complete(shop.bekasi, code);

        assertThat(completed.status()).isEqualTo("COMPLETED");
        assertThat(completed.history()).extracting(OrderDetails.StatusEntry::status, OrderDetails.StatusEntry::by)
                .containsExactly(tuple("PLACED", null),
                        tuple("PAID", "koordinator.bekasi"),
                        tuple("SHIPPED", "admin"),
                        tuple("COMPLETED", "koordinator.bekasi"));
        assertThat(shop.queries.track(code, "BUDI@contoh.id").history())
                .as("the buyer does not see staff accounts")
                .extracting(OrderDetails.StatusEntry::by).containsOnlyNulls();
    }

    @Test
    void aStepTheStatusDoesNotAllowIsRefusedNamingTheStatus() {
        String code = shop.service.place(payingAtPickup(line(nastar, 1))).code();
        assertThatThrownBy(() -> shop.service.ship(shop.bekasi, code))
                .isInstanceOf(OrderStateException.class).hasMessageContaining("is PLACED");
        assertThatThrownBy(() -> shop.service.complete(shop.bekasi, code))
                .isInstanceOf(OrderStateException.class).hasMessageContaining("is PLACED");
    }

    @Test
    void anotherUnitsCoordinatorAndMakersMayNotHandleTheOrder() {
        String code = shop.service.place(shipping(line(nastar, 1))).code();

        assertThatThrownBy(() -> shop.service.markPaid(shop.magelang, code)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> shop.queries.details(shop.magelang, code)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> shop.service.markPaid(shop.makerAccount(sari), code))
                .isInstanceOf(NotPermittedException.class);
        assertThat(shop.queries.unitOrders(shop.magelang, null, 0, 20).total()).isZero();
        assertThat(shop.queries.unitOrders(shop.bekasi, null, 0, 20).items()).extracting(OrderSummary::code)
                .containsExactly(code);
    }

    @Test
    void anOrderOfTwoUnitsIsHandledByEither() {
        String code = shop.service.place(shipping(line(nastar, 1), line(kopi, 1))).code();
        assertThat(shop.queries.unitOrders(shop.magelang, null, 0, 20).total()).isEqualTo(1);
        assertThat(shop.service.markPaid(shop.magelang, code).status()).isEqualTo("PAID");
    }

    @Test
    void unknownCodesAreNotFound() {
        assertThatThrownBy(() -> shop.service.markPaid(shop.admin, "SK-22222222")).isInstanceOf(OrderNotFoundException.class);
        assertThatThrownBy(() -> shop.queries.details(shop.admin, "nonsense")).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void trackingNeedsTheCodeAndTheEmailAndSaysTheSameForEitherWrong() {
        String code = shop.service.place(shipping(line(nastar, 1))).code();

        assertThat(shop.queries.track(code.toLowerCase(), " Budi@Contoh.ID").code()).isEqualTo(code);
        String wrongEmail = catchMessage(() -> shop.queries.track(code, "someone@contoh.id"));
        String wrongCode = catchMessage(() -> shop.queries.track("SK-22222222", "budi@contoh.id"));
        assertThat(wrongEmail).isEqualTo(wrongCode);
        assertThatThrownBy(() -> shop.queries.track(code, null)).isInstanceOf(OrderNotFoundException.class);
    }

    @Test
    void staffListsAreNewestFirstFilteredByStatusAndPaged() {
        String first = shop.service.place(shipping(line(keripik, 1))).code();
        shop.clock.moveTo(shop.clock.instant().plusSeconds(60));
        String second = shop.service.place(shipping(line(keripik, 1))).code();
        shop.clock.moveTo(shop.clock.instant().plusSeconds(60));
        String third = shop.service.place(shipping(line(keripik, 1))).code();
        shop.service.markPaid(shop.bekasi, second);

        assertThat(shop.queries.unitOrders(shop.bekasi, null, 0, 2).items()).extracting(OrderSummary::code)
                .containsExactly(third, second);
        assertThat(shop.queries.unitOrders(shop.bekasi, null, 1, 2).items()).extracting(OrderSummary::code)
                .containsExactly(first);
        OrderPage paid = shop.queries.unitOrders(shop.bekasi, "paid", 0, 20);
        assertThat(paid.total()).isEqualTo(1);
        assertThat(paid.items()).extracting(OrderSummary::code).containsExactly(second);
        assertThatThrownBy(() -> shop.queries.unitOrders(shop.bekasi, "LOST", 0, 20))
                .isInstanceOfSatisfying(InvalidOrderException.class,
                        e -> assertThat(e.errors()).extracting(OrderFieldError::field).containsExactly("status"));
        assertThatThrownBy(() -> shop.queries.unitOrders(shop.bekasi, null, 0, 101)).isInstanceOf(InvalidOrderException.class);
        assertThatThrownBy(() -> shop.queries.unitOrders(shop.makerAccount(sari), null, 0, 20))
                .isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMakerSeesTheLinesOfOwnProductsWithTheBuyersNameOnly() {
        shop.service.place(shipping(line(nastar, 2), line(kopi, 1)));

        List<MakerOrderLine> sarisLines = shop.queries.makerOrders(shop.makerAccount(sari));
        assertThat(sarisLines).singleElement().satisfies(line -> {
            assertThat(line.productName()).isEqualTo("Kue Nastar Nanas 500 g");
            assertThat(line.total()).isEqualTo(190_000);
            assertThat(line.buyerName()).isEqualTo("Budi Santoso (fiktif)");
            assertThat(line.deliveryMethod()).isEqualTo("SHIPPING");
            assertThat(line.status()).isEqualTo("PLACED");
        });
        assertThat(shop.queries.makerOrders(shop.makerAccount(joko))).extracting(MakerOrderLine::productName)
                .containsExactly("Kopi Robusta Temanggung");
        assertThatThrownBy(() -> shop.queries.makerOrders(shop.bekasi)).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aMakersIncomeIsWhatWasPaid() {
        String code = shop.service.place(shipping(line(nastar, 2), line(kopi, 1))).code();
        assertThat(shop.queries.makerIncome(shop.makerAccount(sari)).total()).as("not paid yet").isZero();

        shop.service.markPaid(shop.bekasi, code);

        MakerIncome income = shop.queries.makerIncome(shop.makerAccount(sari));
        assertThat(income.total()).isEqualTo(190_000);
        assertThat(income.months()).containsExactly(new MakerIncome.MonthIncome("2026-11", 190_000, 1));
        assertThat(shop.queries.salesOf(List.of(sari.id(), joko.id())))
                .extracting(MakerSale::makerId, MakerSale::amount)
                .containsExactlyInAnyOrder(tuple(sari.id(), 190_000L),
                        tuple(joko.id(), 45_000L));
    }

    private static String catchMessage(Runnable call) {
        try {
            call.run();
        } catch (OrderNotFoundException e) {
            return e.getMessage();
        }
        throw new AssertionError("expected OrderNotFoundException");
    }
}
