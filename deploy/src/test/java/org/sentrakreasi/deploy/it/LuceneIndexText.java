package org.sentrakreasi.deploy.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What an embedded Lucene index under a data directory holds, as text, read from outside the
 * application: every stored value of every live document, every indexed term and every text doc value
 * (the search cards and the facet values).
 */
final class LuceneIndexText {

    private LuceneIndexText() {
    }

    static String under(Path folder) throws IOException {
        StringBuilder text = new StringBuilder();
        List<Path> indexes;
        try (Stream<Path> files = Files.walk(folder)) {
            indexes = files.filter(file -> file.getFileName().toString().startsWith("segments_"))
                    .map(Path::getParent).distinct().toList();
        }
        for (Path index : indexes) {
            try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
                for (LeafReaderContext leaf : reader.leaves()) {
                    append(leaf.reader(), text);
                }
            }
        }
        return text.toString();
    }

    private static void append(LeafReader reader, StringBuilder text) throws IOException {
        Bits live = reader.getLiveDocs();
        StoredFields stored = reader.storedFields();
        for (int doc = 0; doc < reader.maxDoc(); doc++) {
            if (live == null || live.get(doc)) {
                Document document = stored.document(doc);
                for (IndexableField field : document.getFields()) {
                    if (field.stringValue() != null) {
                        text.append(field.stringValue()).append('\n');
                    }
                }
            }
        }
        for (FieldInfo field : reader.getFieldInfos()) {
            appendDocValues(reader, field, text);
            if (field.getIndexOptions() == IndexOptions.NONE) {
                continue;
            }
            Terms terms = reader.terms(field.name);
            if (terms == null) {
                continue;
            }
            appendAll(terms.iterator(), text);
        }
    }

    /** Live documents' binary doc values as UTF-8 (the search cards), sorted ones value by value, as the terms. */
    private static void appendDocValues(LeafReader reader, FieldInfo field, StringBuilder text) throws IOException {
        switch (field.getDocValuesType()) {
            case BINARY -> {
                BinaryDocValues values = reader.getBinaryDocValues(field.name);
                Bits live = reader.getLiveDocs();
                for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    BytesRef value = values.binaryValue();
                    text.append(new String(value.bytes, value.offset, value.length, StandardCharsets.UTF_8)).append('\n');
                }
            }
            case SORTED -> appendAll(reader.getSortedDocValues(field.name).termsEnum(), text);
            case SORTED_SET -> appendAll(reader.getSortedSetDocValues(field.name).termsEnum(), text);
            default -> {
                // numbers only: prices, dates and ids
            }
        }
    }

    private static void appendAll(TermsEnum each, StringBuilder text) throws IOException {
        for (BytesRef term = each.next(); term != null; term = each.next()) {
            text.append(term.utf8ToString()).append('\n');
        }
    }
}
