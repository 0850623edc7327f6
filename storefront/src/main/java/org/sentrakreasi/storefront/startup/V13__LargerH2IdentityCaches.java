package org.sentrakreasi.storefront.startup;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2 only, the identity columns a bulk import fills take 1,000 values at a time instead of 32.
 * H2 writes the sequence's reserved range to its metadata, in a commit of its own, each time a
 * range runs out: about 6,000 times per 100,000 imported products (a product and an outbox row
 * each) with ranges of 32. (The CPU share first measured for this was H2's MODE=LEGACY rewriting
 * the sequence on every insert, which no cache size avoids; the application no longer uses that
 * mode, see persistence.xml.) A crash loses at most the rest
 * of a range (a gap in the ids, which are opaque). PostgreSQL is left alone: there a cache is per
 * connection, and ids from different connections would interleave.
 */
public final class V13__LargerH2IdentityCaches extends BaseJavaMigration {

    private static final int CACHE = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table product alter column id set cache " + CACHE);
            statement.execute("alter table search_outbox alter column id set cache " + CACHE);
        }
    }
}
