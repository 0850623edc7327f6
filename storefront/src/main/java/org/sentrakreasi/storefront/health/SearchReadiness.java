package org.sentrakreasi.storefront.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.sentrakreasi.catalog.application.SearchIndex;

/** Ready only while the search backend answers (searches would otherwise be degraded). */
@Readiness
@ApplicationScoped
public class SearchReadiness implements HealthCheck {

    @Inject
    SearchIndex index;

    @Override
    public HealthCheckResponse call() {
        boolean available;
        try {
            available = index.isAvailable();
        } catch (RuntimeException e) {
            available = false;
        }
        return HealthCheckResponse.named("search").status(available).build();
    }
}
