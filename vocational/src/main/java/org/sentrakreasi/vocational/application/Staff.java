package org.sentrakreasi.vocational.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Who is acting in the back office, as far as this context needs to know: a coordinator works
 * for one unit and sees only its people, cohorts and records; an admin sees all. The web
 * application builds it from the signed-in account.
 */
public record Staff(@NotBlank String username, @NotNull Role role, Long unitId) {

    public enum Role {
        ADMIN, COORDINATOR
    }

    public static Staff admin(String username) {
        return new Staff(username, Role.ADMIN, null);
    }

    public static Staff coordinator(String username, long unitId) {
        return new Staff(username, Role.COORDINATOR, unitId);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Admins see every unit; a coordinator their own (one without a unit sees none). */
    public boolean sees(long recordUnitId) {
        return isAdmin() || (unitId != null && unitId == recordUnitId);
    }

    /** @throws AccessDeniedException when the record belongs to a unit the caller may not see */
    public void requireAccessTo(long recordUnitId) {
        if (!sees(recordUnitId)) {
            throw new AccessDeniedException("This record belongs to another unit");
        }
    }

    /** @throws AccessDeniedException unless the caller is an admin */
    public void requireAdmin() {
        if (!isAdmin()) {
            throw new AccessDeniedException("Only an admin may do this");
        }
    }

    /** The unit a list is restricted to: the coordinator's own, or for an admin the one asked for (null: all). */
    Long scopeOf(Long requestedUnitId) {
        if (isAdmin()) {
            return requestedUnitId;
        }
        if (requestedUnitId != null) {
            requireAccessTo(requestedUnitId);
        }
        if (unitId == null) {
            throw new AccessDeniedException("Your account belongs to no unit");
        }
        return unitId;
    }
}
