package org.sentrakreasi.storefront.ordering.application;

import org.sentrakreasi.catalog.application.Actor;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.storefront.ordering.domain.Order;

/**
 * Who may handle and see which orders: an admin every order, a coordinator the orders with lines
 * of the own unit, a maker none (makers see their own order lines, {@link OrderQueries#makerOrders}).
 * The refusals name the rule, never the order's contents.
 */
final class OrderAccess {

    private OrderAccess() {
    }

    static void requireStaff(Actor actor) {
        if (actor.role() == Actor.Role.MAKER) {
            throw new NotPermittedException("Only coordinators and admins handle orders.");
        }
    }

    static void requireHandles(Actor actor, Order order) {
        requireStaff(actor);
        if (actor.role() == Actor.Role.COORDINATOR && (actor.unitId() == null || !order.concernsUnit(actor.unitId()))) {
            throw new NotPermittedException("This order belongs to another unit.");
        }
    }

    /** The unit a coordinator's lists are limited to; null (every unit) for an admin. */
    static Long unitScope(Actor actor) {
        requireStaff(actor);
        if (actor.role() == Actor.Role.ADMIN) {
            return null;
        }
        if (actor.unitId() == null) {
            throw new NotPermittedException("Your account belongs to no unit.");
        }
        return actor.unitId();
    }

    /** @return the maker profile of a maker account */
    static long requireMaker(Actor actor) {
        if (actor.role() != Actor.Role.MAKER || actor.makerId() == null) {
            throw new NotPermittedException("Only makers have their own orders and income.");
        }
        return actor.makerId();
    }
}
