package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.sentrakreasi.vocational.application.AccessDeniedException;
import org.sentrakreasi.vocational.application.Staff;

/** The signed-in account as the vocational context sees it: an admin, or a coordinator of one unit. */
@RequestScoped
public class CurrentStaff {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    private Staff staff;

    /**
     * @throws NotSignedInException for anonymous callers (only reachable from unguarded code)
     * @throws AccessDeniedException for an account that is not staff (a maker)
     */
    public Staff get() {
        if (staff == null) {
            Principal principal = securityContext.getCallerPrincipal();
            UserAccount account = principal == null ? null : accounts.find(principal.getName()).orElse(null);
            if (account == null) {
                throw new NotSignedInException();
            }
            staff = switch (account.role()) {
                case Roles.ADMIN -> Staff.admin(account.username());
                case Roles.COORDINATOR -> new Staff(account.username(), Staff.Role.COORDINATOR,
                        account.unitId().orElse(null));
                default -> throw new AccessDeniedException("Only staff may see beneficiaries and cohorts");
            };
        }
        return staff;
    }
}
