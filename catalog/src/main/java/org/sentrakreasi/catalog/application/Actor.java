package org.sentrakreasi.catalog.application;

import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.Product;

/**
 * Who is acting on listings, as far as the catalog needs to know: the role, the unit of a
 * coordinator and the maker profile of a maker.
 */
public record Actor(String username, Role role, Long unitId, Long makerId) {

    /** The roles that may manage listings. */
    public enum Role {
        ADMIN, COORDINATOR, MAKER
    }

    /** Makers change their own listings, coordinators their unit's, admins all. */
    public boolean mayManage(Product product) {
        return switch (role) {
            case ADMIN -> true;
            case COORDINATOR -> product.unitId().equals(unitId);
            case MAKER -> product.maker().id().equals(makerId);
        };
    }

    /** Publishing and rejecting is moderation: coordinators of the unit and admins. */
    public boolean mayModerate(Product product) {
        return role != Role.MAKER && mayManage(product);
    }

    public boolean mayListFor(Maker maker) {
        return switch (role) {
            case ADMIN -> true;
            case COORDINATOR -> maker.unitId().equals(unitId);
            case MAKER -> maker.id().equals(makerId);
        };
    }
}
