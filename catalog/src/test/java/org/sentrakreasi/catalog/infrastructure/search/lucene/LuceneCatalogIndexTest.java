package org.sentrakreasi.catalog.infrastructure.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.infrastructure.search.SearchFixture;

/** What only the embedded index has: its folders on disk, restarts, and closing. */
class LuceneCatalogIndexTest {

    private static final ProductQuery EVERYTHING = ProductQuery.firstPage(100);
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @TempDir
    Path base;

    @Test
    void aReopenedIndexKeepsItsProductsAndNeedsNoRebuild() {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            index.rebuild(SearchFixture.all().stream());
        }
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isEqualTo(30);
            index.delete(List.of("1"));
        }
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            assertThat(index.needsRebuild()).as("later commits keep the mapping version").isFalse();
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isEqualTo(29);
        }
    }

    @Test
    void anIndexOfAnotherMappingVersionStillAnswersButNeedsARebuild() throws IOException {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            index.rebuild(SearchFixture.all().stream());
        }
        Path live = new IndexFolders(base).live().orElseThrow();
        try (Directory directory = FSDirectory.open(live);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.of(IndexGeneration.MAPPING_VERSION_KEY, "0").entrySet());
            writer.commit();
        }
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isEqualTo(30);
            index.rebuild(SearchFixture.all().stream());
            assertThat(index.needsRebuild()).isFalse();
        }
    }

    @Test
    void aRebuildLeavesOnlyTheNewFolderBehind() throws IOException {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            Path before = new IndexFolders(base).live().orElseThrow();
            index.rebuild(SearchFixture.all().stream());
            Path after = new IndexFolders(base).live().orElseThrow();
            assertThat(after).isNotEqualTo(before);
            assertThat(indexFolders()).containsExactly(after);
        }
    }

    @Test
    void foldersOfAnUnfinishedRebuildAreRemovedAtStart() throws IOException {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            index.rebuild(SearchFixture.all().stream());
        }
        Path stale = Files.createDirectory(base.resolve(IndexFolders.FOLDER_PREFIX + "stale"));
        Files.writeString(stale.resolve("_0.cfs"), "half written");
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            assertThat(stale).doesNotExist();
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isEqualTo(30);
        }
    }

    @Test
    void aFailedRebuildKeepsTheOldIndexAndLeavesNoFolder() throws IOException {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            index.rebuild(SearchFixture.all().stream());
            Path live = new IndexFolders(base).live().orElseThrow();
            Stream<ProductDocument> failing = SearchFixture.all().stream().peek(p -> {
                if (p.id().equals("5")) {
                    throw new IllegalStateException("database went away");
                }
            });
            assertThatThrownBy(() -> index.rebuild(failing)).hasMessage("database went away");
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isEqualTo(30);
            assertThat(index.needsRebuild()).isFalse();
            assertThat(indexFolders()).containsExactly(live);
        }
    }

    @Test
    void anUnreadableIndexIsReplacedByAnEmptyOneThatNeedsARebuild() throws IOException {
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            index.rebuild(SearchFixture.all().stream());
        }
        Path live = new IndexFolders(base).live().orElseThrow();
        try (Stream<Path> files = Files.list(live)) {
            for (Path segments : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.delete(segments);
            }
        }
        try (LuceneCatalogIndex index = new LuceneCatalogIndex(base)) {
            assertThat(index.needsRebuild()).isTrue();
            assertThat(index.search(EVERYTHING, INDONESIAN).total()).isZero();
            assertThat(live).doesNotExist();
        }
    }

    @Test
    void aSecondIndexOnTheSameFolderIsRefused() {
        try (LuceneCatalogIndex first = new LuceneCatalogIndex(base)) {
            assertThatThrownBy(() -> new LuceneCatalogIndex(base)).isInstanceOf(UncheckedIOException.class);
            assertThat(first.isAvailable()).isTrue();
        }
    }

    @Test
    void aClosedIndexIsUnavailableAndRefusesWork() {
        LuceneCatalogIndex index = new LuceneCatalogIndex(base);
        index.rebuild(SearchFixture.all().stream());
        index.close();
        index.close();
        assertThat(index.isAvailable()).isFalse();
        assertThat(index.needsRebuild()).isTrue();
        assertThat(index.upsert(List.of(SearchFixture.product(1)))).containsExactly("1");
        assertThat(index.delete(List.of("2"))).containsExactly("2");
        assertThatThrownBy(() -> index.search(EVERYTHING, INDONESIAN)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> index.rebuild(Stream.empty())).isInstanceOf(IllegalStateException.class);
    }

    private List<Path> indexFolders() throws IOException {
        try (Stream<Path> children = Files.list(base)) {
            return children.filter(Files::isDirectory).toList();
        }
    }
}
