package org.sentrakreasi.deploy.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What an embedded Lucene index under a data directory holds, as text, read from outside the
 * application: every stored value of every live document and every indexed term.
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
            if (field.getIndexOptions() == IndexOptions.NONE) {
                continue;
            }
            Terms terms = reader.terms(field.name);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                text.append(term.utf8ToString()).append('\n');
            }
        }
    }
}
