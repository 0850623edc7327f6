package org.sentrakreasi.storefront.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.sentrakreasi.catalog.application.Actor;

/** Creating and reading accounts. */
@ApplicationScoped
@Transactional
public class UserAccounts {

    @PersistenceContext(unitName = "sentrakreasi")
    EntityManager em;

    @Inject
    PasswordHashing hashing;

    @Inject
    Clock clock;

    /** Creates the account unless the username is taken; an existing account is left as it is. */
    public void ensureAccount(String username, String password, String role, Long unitId, Long makerId) {
        if (em.find(UserAccount.class, username) == null) {
            em.persist(new UserAccount(username, hashing.hash(password), role, unitId, makerId, clock.instant()));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(em.find(UserAccount.class, username));
    }

    /**
     * The account as the catalog sees it, for work outside any request (an import resumed after a
     * stop); none for an account that can no longer sign in. In a transaction: on the application's
     * own threads, a read outside one opened a persistence context tied to the container context
     * those threads share, and one closed it under the others.
     */
    public Optional<Actor> actor(String username) {
        return find(username).filter(UserAccount::isActive).map(UserAccount::asActor);
    }
}
