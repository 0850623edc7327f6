package org.sentrakreasi.deploy.it;

/** The API contract on a real PostgreSQL server. */
class PostgresqlApiIT extends ApiContractTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }
}
