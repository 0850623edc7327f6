package org.sentrakreasi.catalog.infrastructure.search.lucene;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.LockObtainFailedException;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.SearchIndex;

/**
 * The catalog search read model as an embedded Lucene index under one base directory: no server to
 * run, rebuilt from the database whenever {@link #needsRebuild()} says so. Thread-safe: searches
 * and writes run concurrently; a rebuild fills a new folder while searches keep answering from the
 * old one, and then switches them over in one step.
 */
public final class LuceneCatalogIndex implements ProductSearch, SearchIndex, AutoCloseable {

    /** Raise with every change to fields or analysis ({@link ProductFields}) so that old indexes get rebuilt. */
    public static final String MAPPING_VERSION = "3";

    private static final Logger LOG = Logger.getLogger(LuceneCatalogIndex.class.getName());

    private final IndexFolders folders;
    private final Analyzer analyzer = ProductFields.analyzer();
    /** Searches and writes share it; only switching to a rebuilt generation (or closing) takes it exclusively. */
    private final ReadWriteLock switchLock = new ReentrantReadWriteLock();
    private final Lock rebuildLock = new ReentrantLock();
    // Guarded by switchLock: read under its read lock, changed under its write lock.
    private IndexGeneration live;
    private Rebuild rebuilding;
    private boolean closed;

    /** Opens the index under {@code baseDirectory}, or starts an empty one there (which then needs a rebuild). */
    public LuceneCatalogIndex(Path baseDirectory) {
        try {
            folders = new IndexFolders(baseDirectory);
            live = openLiveOrCreate();
            folders.removeAllBut(live.path());
        } catch (IOException e) {
            analyzer.close();
            throw new UncheckedIOException("cannot open the search index in " + baseDirectory, e);
        }
    }

    private IndexGeneration openLiveOrCreate() throws IOException {
        Optional<Path> pointed = folders.live();
        if (pointed.isPresent()) {
            try {
                return IndexGeneration.open(pointed.get(), analyzer);
            } catch (LockObtainFailedException e) {
                throw e;
            } catch (IOException e) {
                // The database is the source of truth: an unreadable index is replaced, and rebuilt.
                LOG.log(Level.WARNING, "Search index " + pointed.get() + " cannot be opened; starting an empty one", e);
            }
        }
        IndexGeneration fresh = IndexGeneration.create(folders.base(), analyzer);
        folders.makeLive(fresh.path());
        return fresh;
    }

    @Override
    public ProductPage search(ProductQuery query, Locale locale) {
        long start = System.nanoTime();
        ProductPage page = read(searcher -> PageSearch.search(searcher, analyzer, query, locale));
        return page.withEngineTime(Duration.ofNanos(System.nanoTime() - start));
    }

    @Override
    public List<String> suggest(String prefix, Locale locale, int limit) {
        return read(searcher -> Suggestions.suggest(searcher, analyzer, prefix, locale, limit));
    }

    @Override
    public Set<String> upsert(Collection<ProductDocument> documents) {
        List<ProductDocument> products = documents.stream().filter(Objects::nonNull).toList();
        return write(products, ProductDocument::id, (generation, product) -> {
            Document doc = ProductFields.toDocument(product);
            generation.writer().updateDocument(ProductFields.idTerm(product.id()), doc);
            if (rebuilding != null) {
                rebuilding.replace(product.id(), doc);
            }
        });
    }

    @Override
    public Set<String> delete(Collection<String> ids) {
        List<String> known = ids.stream().filter(Objects::nonNull).toList();
        return write(known, Function.identity(), (generation, id) -> {
            generation.writer().deleteDocuments(ProductFields.idTerm(id));
            if (rebuilding != null) {
                rebuilding.delete(id);
            }
        });
    }

    @Override
    public void rebuild(Stream<ProductDocument> allPublished) {
        rebuildLock.lock();
        IndexGeneration fresh = null;
        try (allPublished) {
            fresh = IndexGeneration.create(folders.base(), analyzer);
            Rebuild rebuild = new Rebuild(fresh);
            exclusively(() -> {
                ensureOpen();
                rebuilding = rebuild;
            });
            Iterator<ProductDocument> products = allPublished.iterator();
            while (products.hasNext()) {
                rebuild.add(products.next());
            }
            fresh.completeBuild(MAPPING_VERSION);
            IndexGeneration previous = switchTo(fresh);
            Path livePath = fresh.path();
            fresh = null;
            previous.closeAndDelete();
            folders.removeAllBut(livePath);
            LOG.info(() -> "Search index rebuilt: " + rebuild.added() + " products, " + rebuild.skipped() + " skipped");
        } catch (IOException e) {
            throw new UncheckedIOException("search index rebuild failed", e);
        } finally {
            if (fresh != null) {
                exclusively(() -> rebuilding = null);
                fresh.closeAndDelete();
            }
            rebuildLock.unlock();
        }
    }

    private IndexGeneration switchTo(IndexGeneration fresh) throws IOException {
        switchLock.writeLock().lock();
        try {
            ensureOpen();
            folders.makeLive(fresh.path());
            IndexGeneration previous = live;
            live = fresh;
            rebuilding = null;
            return previous;
        } finally {
            switchLock.writeLock().unlock();
        }
    }

    @Override
    public boolean needsRebuild() {
        switchLock.readLock().lock();
        try {
            return closed || !MAPPING_VERSION.equals(live.mappingVersion());
        } finally {
            switchLock.readLock().unlock();
        }
    }

    @Override
    public boolean isAvailable() {
        switchLock.readLock().lock();
        try {
            return !closed;
        } finally {
            switchLock.readLock().unlock();
        }
    }

    /** Closes the index; a rebuild still running is abandoned. */
    @Override
    public void close() {
        switchLock.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            live.close();
            analyzer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            switchLock.writeLock().unlock();
        }
    }

    private <T> T read(SearcherAction<T> action) {
        switchLock.readLock().lock();
        try {
            ensureOpen();
            SearcherManager searchers = live.searchers();
            IndexSearcher searcher = searchers.acquire();
            try {
                return action.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            switchLock.readLock().unlock();
        }
    }

    /**
     * Applies one change per item, each on its own, then commits once so that what is reported as
     * done is durable and visible to the next search.
     */
    private <T> Set<String> write(List<T> items, Function<T, String> idOf, Change<T> change) {
        Set<String> failed = new LinkedHashSet<>();
        switchLock.readLock().lock();
        try {
            if (closed) {
                items.forEach(item -> failed.add(idOf.apply(item)));
            } else {
                List<String> done = new ArrayList<>();
                for (T item : items) {
                    try {
                        change.apply(live, item);
                        done.add(idOf.apply(item));
                    } catch (IllegalArgumentException e) {
                        LOG.warning(() -> "Search index: product " + idOf.apply(item) + " not written: " + e.getMessage());
                        failed.add(idOf.apply(item));
                    } catch (IOException | RuntimeException e) {
                        LOG.log(Level.WARNING, "Search index: product " + idOf.apply(item) + " not written", e);
                        failed.add(idOf.apply(item));
                    }
                }
                commit(done, failed);
            }
        } finally {
            switchLock.readLock().unlock();
        }
        failed.remove(null);
        return failed;
    }

    private void commit(List<String> done, Set<String> failed) {
        try {
            live.commitAndRefresh();
        } catch (IOException | AlreadyClosedException e) {
            LOG.log(Level.WARNING, "Search index commit failed", e);
            failed.addAll(done);
        }
    }

    private void exclusively(Runnable action) {
        switchLock.writeLock().lock();
        try {
            action.run();
        } finally {
            switchLock.writeLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the search index is closed");
        }
    }

    @FunctionalInterface
    private interface SearcherAction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    @FunctionalInterface
    private interface Change<T> {
        void apply(IndexGeneration generation, T item) throws IOException;
    }
}
