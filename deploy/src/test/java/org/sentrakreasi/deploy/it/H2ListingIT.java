package org.sentrakreasi.deploy.it;

/** Listing management on the H2 application. */
class H2ListingIT extends ListingManagementTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }
}
