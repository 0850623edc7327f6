package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * A generation being filled from the database. Writes that arrive meanwhile go to it as well and
 * win over the rebuild stream, which may have read those products before they changed: no change
 * is lost by the switch.
 */
final class Rebuild {

    private static final Logger LOG = Logger.getLogger(Rebuild.class.getName());

    private final IndexGeneration target;
    private final Set<String> changedMeanwhile = new HashSet<>();
    private int added;
    private int skipped;

    Rebuild(IndexGeneration target) {
        this.target = target;
    }

    /** Adds a product read by the rebuild; a broken one is skipped, as an upsert would report it. */
    synchronized void add(ProductDocument product) throws IOException {
        if (product == null) {
            return;
        }
        Document doc;
        try {
            doc = ProductFields.toDocument(product);
        } catch (IllegalArgumentException e) {
            LOG.warning(() -> "Search index rebuild skips product " + product.id() + ": " + e.getMessage());
            skipped++;
            return;
        }
        if (!changedMeanwhile.contains(product.id())) {
            target.writer().updateDocument(ProductFields.idTerm(product.id()), doc);
            added++;
        }
    }

    synchronized void replace(String id, Document doc) throws IOException {
        changedMeanwhile.add(id);
        target.writer().updateDocument(ProductFields.idTerm(id), doc);
    }

    synchronized void delete(String id) throws IOException {
        changedMeanwhile.add(id);
        target.writer().deleteDocuments(ProductFields.idTerm(id));
    }

    synchronized int added() {
        return added;
    }

    synchronized int skipped() {
        return skipped;
    }
}
