package org.sentrakreasi.deploy.it;

import org.sentrakreasi.catalog.infrastructure.search.elasticsearch.ElasticsearchTestServer;

/** Privacy on the scale-out setup: PostgreSQL and the Elasticsearch index the application reads. */
class PostgresqlPrivacyIT extends PrivacyTests {

    @Override
    RunningApplication app() {
        return Applications.postgresql();
    }

    /** Every document of the application's index, as Elasticsearch returns them (their whole source). */
    @Override
    String searchIndexContents() {
        app();
        return Http.get(ElasticsearchTestServer.url() + "/it-app-products/_search?size=10000").body();
    }
}
