package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;

/**
 * One index folder with its single writer and its near-real-time searchers. A rebuild creates a
 * new generation; the old one is closed and deleted once readers have switched.
 */
final class IndexGeneration implements Closeable {

    /** Commit user-data key holding the mapping version the folder was built with. */
    static final String MAPPING_VERSION_KEY = "sentrakreasi.mappingVersion";

    private final Path path;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile String mappingVersion;

    private IndexGeneration(Path path, Analyzer analyzer, OpenMode mode) throws IOException {
        this.path = path;
        this.directory = FSDirectory.open(path);
        IndexWriter opened = null;
        try {
            opened = new IndexWriter(directory, new IndexWriterConfig(analyzer).setOpenMode(mode));
            if (mode == OpenMode.CREATE) {
                opened.commit();
            }
            mappingVersion = SegmentInfos.readLatestCommit(directory).getUserData().get(MAPPING_VERSION_KEY);
            this.writer = opened;
            this.searchers = new SearcherManager(opened, null);
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(opened, directory);
            throw e;
        }
    }

    /** A new, empty folder under {@code base}, built with no mapping version yet. */
    static IndexGeneration create(Path base, Analyzer analyzer) throws IOException {
        return new IndexGeneration(Files.createTempDirectory(base, "index-"), analyzer, OpenMode.CREATE);
    }

    static IndexGeneration open(Path path, Analyzer analyzer) throws IOException {
        try (Directory existing = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(existing)) {
                throw new IOException("no index in " + path);
            }
        }
        return new IndexGeneration(path, analyzer, OpenMode.APPEND);
    }

    Path path() {
        return path;
    }

    String folderName() {
        return path.getFileName().toString();
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    /** The mapping version of the last complete build, null when this folder was never fully built. */
    String mappingVersion() {
        return mappingVersion;
    }

    /** Makes the writes so far durable and visible to the next search. */
    void commitAndRefresh() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Records that this folder now holds a complete build of the given mapping version. */
    void completeBuild(String version) throws IOException {
        writer.setLiveCommitData(Map.of(MAPPING_VERSION_KEY, version).entrySet());
        commitAndRefresh();
        mappingVersion = version;
    }

    /**
     * Closes writer and searchers. Searchers still acquired keep working until released: Lucene
     * reference-counts readers.
     */
    @Override
    public void close() throws IOException {
        IOUtils.close(searchers, writer, directory);
    }

    void closeAndDelete() {
        IOUtils.closeWhileHandlingException(this);
        deleteFolder(path);
    }

    static void deleteFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            // A folder that cannot be removed now is removed at the next start or rebuild.
        }
    }
}
