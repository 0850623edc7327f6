package org.sentrakreasi.storefront.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.sentrakreasi.storefront.demo.DemoData;
import org.sentrakreasi.storefront.importing.ImportLauncher;
import org.sentrakreasi.storefront.search.SearchMaintenance;

/**
 * Start-up in a fixed order: the schema first, then (in demo mode) the demo data, then the search
 * index upkeep and the import worker. Runs before the
 * application takes requests, so no request sees an unmigrated database.
 */
@ApplicationScoped
public class ApplicationStartup {

    @Inject
    DatabaseMigration migration;

    @Inject
    DemoData demoData;

    @Inject
    SearchMaintenance search;

    @Inject
    ImportLauncher imports;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        migration.migrate();
        demoData.seedIfEnabled();
        search.start();
        imports.start();
    }
}
