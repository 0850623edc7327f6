package org.sentrakreasi.deploy.it;

/** CSV import on the Postgresql application. */
class PostgresqlImportIT extends ImportTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }
}
