package org.sentrakreasi.deploy.it;

import org.junit.jupiter.api.Nested;

/** The API contract on a real PostgreSQL server. */
class PostgresqlApiIT extends ApiContractTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }

    /** The vocational API on the same running application. */
    @Nested
    class Vocational extends VocationalApiTests {

        @Override
        RunningApplication app() {
            return Applications.postgresql();
        }
    }

    /** The orders API on the same running application. */
    @Nested
    class Orders extends OrdersApiTests {

        @Override
        RunningApplication app() {
            return Applications.postgresql();
        }
    }
}
