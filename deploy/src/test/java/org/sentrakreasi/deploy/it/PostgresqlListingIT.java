package org.sentrakreasi.deploy.it;

/** Listing management on the Postgresql application. */
class PostgresqlListingIT extends ListingManagementTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }
}
