package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.sentrakreasi.catalog.application.ProductDocument;

/**
 * A product's whole {@link ProductDocument} in one binary doc value, the "card" a page of hits is
 * read from. Stored fields were read instead, and each read decompressed a block of neighbouring
 * documents: with the highlighter reading names and descriptions again, about a seventh of a
 * search's CPU at 100,000 products. Doc values are read as they lie on disk.
 */
final class ProductCards {

    static final String FIELD = "card";

    /** The layout's version, first byte of every card, so that a change is caught rather than misread. */
    private static final byte LAYOUT = 1;
    /** How many texts {@link #texts} writes, in its order. */
    private static final int TEXTS = 14;

    private ProductCards() {
    }

    static BinaryDocValuesField field(ProductDocument product) {
        return new BinaryDocValuesField(FIELD, encode(product));
    }

    static BytesRef encode(ProductDocument product) {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        try {
            out.writeByte(LAYOUT);
            for (String text : texts(product)) {
                out.writeByte((byte) (text == null ? 0 : 1));
                if (text != null) {
                    out.writeString(text);
                }
            }
            out.writeVLong(product.price());
            out.writeVInt(product.stock());
            out.writeZLong(product.publishedAt().getEpochSecond());
            out.writeVInt(product.publishedAt().getNano());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static List<String> texts(ProductDocument p) {
        return Arrays.asList(p.id(), p.slug(), p.name(), p.description(), p.story(), p.materials(), p.category(),
                p.categoryLabelId(), p.categoryLabelEn(), p.region(), p.makerId(), p.makerName(), p.unitId(),
                p.imageUrl());
    }

    static ProductDocument decode(BytesRef card) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(card.bytes, card.offset, card.length);
        if (in.readByte() != LAYOUT) {
            throw new IllegalStateException("search index card of an unknown layout: rebuild the index");
        }
        String[] t = new String[TEXTS];
        for (int i = 0; i < t.length; i++) {
            t[i] = in.readByte() == 0 ? null : in.readString();
        }
        long price = in.readVLong();
        int stock = in.readVInt();
        Instant publishedAt = Instant.ofEpochSecond(in.readZLong(), in.readVInt());
        return new ProductDocument(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8], t[9], t[10], t[11], t[12],
                price, stock, publishedAt, t[13]);
    }

    /** The products behind {@code hits}, in the order of {@code hits}. */
    static ProductDocument[] read(IndexSearcher searcher, ScoreDoc[] hits) throws IOException {
        ProductDocument[] products = new ProductDocument[hits.length];
        // A doc value iterator only moves forward: visit the hits in index order.
        Integer[] order = new Integer[hits.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = null;
        BinaryDocValues cards = null;
        for (int i : order) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                cards = leaf.reader().getBinaryDocValues(FIELD);
            }
            if (cards == null || !cards.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("search index document " + doc + " has no card: rebuild the index");
            }
            products[i] = decode(cards.binaryValue());
        }
        return products;
    }
}
