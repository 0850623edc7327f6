package org.sentrakreasi.deploy.it;

/** The API contract on the embedded default (H2 file database). */
class H2ApiIT extends ApiContractTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }
}
