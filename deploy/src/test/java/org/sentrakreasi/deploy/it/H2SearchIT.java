package org.sentrakreasi.deploy.it;

/** Search as shoppers get it on the embedded default: H2 and Lucene. */
class H2SearchIT extends SearchAcceptanceTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }
}
