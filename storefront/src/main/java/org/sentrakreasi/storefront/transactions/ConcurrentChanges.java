package org.sentrakreasi.storefront.transactions;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises a commit refused because someone changed the same record meanwhile (two
 * coordinators taking the last place of a cohort at once): worth a reload and a retry, not a
 * server error. Both the API and the pages ask here.
 */
public final class ConcurrentChanges {

    private ConcurrentChanges() {
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // At commit EclipseLink raises its own org.eclipse.persistence.exceptions.OptimisticLockException,
            // not the JPA one; the provider's class is not on the compile path, so it is matched by name.
            if (cause instanceof OptimisticLockException
                    || cause.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }
}
