package org.sentrakreasi.deploy.it;

import org.junit.jupiter.api.Nested;

/** The API contract on the embedded default (H2 file database). */
class H2ApiIT extends ApiContractTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }

    /** The vocational API on the same running application. */
    @Nested
    class Vocational extends VocationalApiTests {

        @Override
        RunningApplication app() {
            return Applications.h2();
        }
    }

    /** The orders API on the same running application. */
    @Nested
    class Orders extends OrdersApiTests {

        @Override
        RunningApplication app() {
            return Applications.h2();
        }
    }
}
