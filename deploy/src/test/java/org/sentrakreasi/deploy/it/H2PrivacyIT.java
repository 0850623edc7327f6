package org.sentrakreasi.deploy.it;

import java.io.IOException;

/** Privacy on the embedded default: H2 and the Lucene index in the data directory. */
class H2PrivacyIT extends PrivacyTests {

    @Override
    RunningApplication app() {
        return Applications.h2();
    }

    @Override
    String searchIndexContents() throws IOException {
        return LuceneIndexText.under(app().dataDir().resolve("search"));
    }
}
