package org.sentrakreasi.deploy.it;

/** CSV import on the H2 application. */
class H2ImportIT extends ImportTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }
}
