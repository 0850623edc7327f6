package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.sentrakreasi.catalog.application.Actor;

/** The signed-in account as the catalog sees it (role, unit, maker), for pages and API alike. */
@RequestScoped
public class CurrentActor {

    @Inject
    SecurityContext securityContext;

    @Inject
    UserAccounts accounts;

    private Actor actor;

    /** @throws NotSignedInException for anonymous callers (only reachable from unguarded code) */
    public Actor get() {
        if (actor == null) {
            Principal principal = securityContext.getCallerPrincipal();
            UserAccount account = principal == null ? null : accounts.find(principal.getName()).orElse(null);
            if (account == null) {
                throw new NotSignedInException();
            }
            actor = account.asActor();
        }
        return actor;
    }
}
