package org.sentrakreasi.deploy.it;

/** Search as shoppers get it on the scale-out setup: PostgreSQL and a real Elasticsearch server. */
class ScaleOutSearchIT extends SearchAcceptanceTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }
}
