package org.sentrakreasi.catalog.infrastructure.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sentrakreasi.catalog.infrastructure.search.SearchFixture.TATA;
import static org.sentrakreasi.catalog.infrastructure.search.SearchFixture.aProduct;
import static org.sentrakreasi.catalog.infrastructure.search.SearchFixture.product;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sentrakreasi.catalog.application.FacetValue;
import org.sentrakreasi.catalog.application.PriceRange;
import org.sentrakreasi.catalog.application.ProductDocument;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSearch;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.application.SearchIndex;

/**
 * What every search engine adapter must do, over the {@link SearchFixture} catalog. An adapter's
 * test extends this class and hands out a fresh, empty index for each test.
 */
public abstract class SearchContract {

    protected static final Locale INDONESIAN = Locale.forLanguageTag("id");
    protected static final Locale ENGLISH = Locale.ENGLISH;

    /** Newest first; 9 and 10 share a publish date, so the higher id comes first. */
    private static final List<String> NEWEST_ALL = ids(30, 29, 28, 27, 26, 25, 24, 23, 22, 21, 20, 19, 18, 17, 16,
            14, 15, 13, 6, 12, 5, 11, 4, 10, 9, 3, 8, 2, 7, 1);
    /** Cheapest first; equal prices (1 and 30, 8 and 15, 9 and 10) in ascending id order. */
    private static final List<String> CHEAPEST_ALL = ids(3, 1, 30, 2, 27, 29, 8, 15, 24, 4, 25, 7, 5, 26, 9, 10, 21,
            6, 20, 13, 22, 23, 12, 28, 17, 14, 18, 11, 19, 16);

    /** The write side of the index under test: empty at the start of each test. */
    protected abstract SearchIndex index();

    /** The read side of the same index. */
    protected abstract ProductSearch search();

    // ---- what is in the index

    @Test
    void anEmptyIndexFindsNothingAndStillListsEveryPriceBucket() {
        ProductPage page = find(query().build());
        assertThat(page.total()).isZero();
        assertThat(page.items()).isEmpty();
        assertThat(page.facets().category()).isEmpty();
        assertThat(page.facets().region()).isEmpty();
        assertThat(page.facets().price()).extracting(PriceRange::count).containsExactly(0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(page.facets().price()).extracting(PriceRange::from).containsExactlyElementsOf(PriceRange.EDGES);
    }

    @Test
    void everyIndexedProductIsFoundWithItsPublicFields() {
        givenTheFixture();
        ProductPage page = find(query().size(100).build());
        assertThat(page.total()).isEqualTo(30);
        assertThat(idsOf(page)).containsExactlyInAnyOrderElementsOf(ids(range(1, 30)));
        ProductSummary sambal = page.items().stream().filter(s -> s.id().equals("4")).findFirst().orElseThrow();
        assertThat(sambal).isEqualTo(product(4).summary(null));
    }

    // ---- analysis and typo tolerance

    @Test
    void indonesianStemmingFindsEveryFormOfAWord() {
        givenTheFixture();
        List<String> woven = ids(13, 21, 22, 23, 24, 25);
        assertThat(idsOf(find(text("menganyam")))).as("menganyam").containsExactlyInAnyOrderElementsOf(woven);
        assertThat(idsOf(find(text("anyaman")))).as("anyaman").containsExactlyInAnyOrderElementsOf(woven);
        assertThat(idsOf(find(text("dianyam")))).as("dianyam").containsExactlyInAnyOrderElementsOf(woven);
    }

    @Test
    void oneTypoIsToleratedInWordsOfFourToSevenLetters() {
        givenTheFixture();
        assertThat(idsOf(find(text("kripik")))).containsExactlyInAnyOrderElementsOf(ids(1, 2, 3));
        assertThat(idsOf(find(text("uols")))).containsExactly("18");
        assertThat(idsOf(find(text("rendnag")))).containsExactly("6");
        // "batk" is one edit from both "batik" and "batok".
        assertThat(idsOf(find(text("batk")))).containsExactlyInAnyOrderElementsOf(ids(11, 12, 13, 14, 15, 26));
        assertThat(find(text("rnednag")).total()).as("two typos in a seven-letter word").isZero();
    }

    @Test
    void aTypoThatKeepsTheStemmerFromStrippingAPrefixIsStillTolerated() {
        givenTheFixture();
        // "keripik" is indexed as "ripik"; "keripk" has too few syllables for "ke-" to be stripped.
        assertThat(idsOf(find(text("keripk pisang")))).containsExactly("2");
        assertThat(idsOf(find(text("keripk")))).containsExactlyInAnyOrderElementsOf(ids(1, 2, 3));
    }

    @Test
    void twoTyposAreToleratedFromEightLetters() {
        givenTheFixture();
        assertThat(idsOf(find(text("slendagn")))).containsExactlyInAnyOrderElementsOf(ids(14, 17));
    }

    @Test
    void wordsShorterThanFourLettersMustBeExact() {
        givenTheFixture();
        assertThat(find(text("ulo")).total()).isZero();
        assertThat(idsOf(find(text("tas")))).containsExactlyInAnyOrderElementsOf(ids(13, 21));
    }

    @Test
    void exactMatchesRankAboveTypoMatches() {
        givenTheFixture();
        List<String> batok = idsOf(find(text("batok")));
        assertThat(batok).containsExactlyInAnyOrderElementsOf(ids(26, 11, 12, 13, 14, 15));
        assertThat(batok.get(0)).isEqualTo("26");
        assertThat(idsOf(find(text("kopi")))).as("kopi before topi").containsExactly("7", "25");
    }

    @Test
    void everyWordMustMatchInSomeField() {
        givenTheFixture();
        assertThat(idsOf(find(text("keripik pedas")))).containsExactly("1");
        // a name word and a region word
        assertThat(idsOf(find(text("tenun makassar")))).containsExactlyInAnyOrderElementsOf(ids(19, 20));
    }

    @Test
    void aWordInTheNameRanksAboveTheSameWordInTheDescription() {
        givenTheFixture();
        List<String> found = idsOf(find(text("tenun")));
        assertThat(found).contains("30", "24");
        assertThat(found.indexOf("30")).isLessThan(found.indexOf("24"));
    }

    @Test
    void equallyRelevantProductsComeNewestFirstThenHigherIdFirst() {
        givenTheFixture();
        // "drinks" is only the English label of the four drinks: equal scores.
        assertThat(idsOf(find(text("drinks")))).containsExactly("10", "9", "8", "7");
    }

    // ---- filters

    @Test
    void filtersByCategoryCode() {
        givenTheFixture();
        assertThat(idsOf(find(query().category("tenun").build()))).containsExactlyInAnyOrderElementsOf(ids(16, 17, 18, 19, 20));
    }

    @Test
    void filtersByExactRegion() {
        givenTheFixture();
        assertThat(idsOf(find(query().region("Kota Medan").build()))).containsExactlyInAnyOrderElementsOf(ids(4, 5, 6, 10, 18));
        assertThat(find(query().region("Medan").build()).total()).isZero();
    }

    @Test
    void filtersByMaker() {
        givenTheFixture();
        assertThat(idsOf(find(query().maker(4L).build()))).containsExactlyInAnyOrderElementsOf(ids(16, 17, 30));
    }

    @Test
    void filtersByPriceWithBothBoundsIncluded() {
        givenTheFixture();
        assertThat(idsOf(find(query().minPrice(25_000L).maxPrice(50_000L).build())))
                .containsExactlyInAnyOrderElementsOf(ids(4, 5, 7, 8, 15, 24, 25));
        assertThat(idsOf(find(query().minPrice(750_000L).build()))).containsExactlyInAnyOrderElementsOf(ids(11, 16, 19));
        assertThat(idsOf(find(query().maxPrice(15_000L).build()))).containsExactlyInAnyOrderElementsOf(ids(1, 3, 30));
    }

    @Test
    void filtersNarrowATextQuery() {
        givenTheFixture();
        assertThat(idsOf(find(query().text("kain").category("batik").build()))).containsExactlyInAnyOrderElementsOf(ids(11, 13, 15));
    }

    // ---- sorting and paging

    @Test
    void sortsNewestFirstByDefaultWithoutText() {
        givenTheFixture();
        assertThat(idsOf(find(query().size(100).build()))).containsExactlyElementsOf(NEWEST_ALL);
        assertThat(idsOf(find(query().sort(ProductSort.NEWEST).size(100).build()))).containsExactlyElementsOf(NEWEST_ALL);
    }

    @Test
    void sortsByPriceBothWaysWithTheIdAsTieBreak() {
        givenTheFixture();
        assertThat(idsOf(find(query().sort(ProductSort.PRICE_ASC).size(100).build()))).containsExactlyElementsOf(CHEAPEST_ALL);
        List<String> dearest = new ArrayList<>(CHEAPEST_ALL);
        Collections.reverse(dearest);
        assertThat(idsOf(find(query().sort(ProductSort.PRICE_DESC).size(100).build()))).containsExactlyElementsOf(dearest);
    }

    @Test
    void sortsWithinAFilterAndATextQuery() {
        givenTheFixture();
        assertThat(idsOf(find(query().category("minuman").sort(ProductSort.NEWEST).build()))).containsExactly("10", "9", "8", "7");
        assertThat(idsOf(find(query().category("minuman").sort(ProductSort.PRICE_ASC).build()))).containsExactly("8", "7", "9", "10");
        assertThat(idsOf(find(query().category("minuman").sort(ProductSort.PRICE_DESC).build()))).containsExactly("10", "9", "7", "8");
        assertThat(idsOf(find(query().text("keripik").sort(ProductSort.PRICE_ASC).build()))).containsExactly("3", "1", "2");
    }

    @Test
    void pagesAreStableAndDoNotOverlap() {
        givenTheFixture();
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 5; page++) {
            ProductPage result = find(query().page(page).size(7).build());
            assertThat(result.total()).isEqualTo(30);
            assertThat(result.page()).isEqualTo(page);
            assertThat(result.size()).isEqualTo(7);
            seen.addAll(idsOf(result));
        }
        assertThat(seen).containsExactlyElementsOf(NEWEST_ALL);
        ProductPage beyond = find(query().page(5).size(7).build());
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(30);
    }

    // ---- facets

    @Test
    void facetsCountTheWholeFilteredResultNotThePage() {
        givenTheFixture();
        ProductPage page = find(query().text("kain").minPrice(100_000L).size(2).build());
        assertThat(page.total()).isEqualTo(7);
        assertThat(page.items()).hasSize(2);
        assertThat(page.facets().category()).containsExactly(
                new FacetValue("tenun", "Kain Tenun", 5), new FacetValue("batik", "Batik", 2));
        assertThat(page.facets().region()).containsExactly(
                new FacetValue("Kabupaten Sumba Timur", "Kabupaten Sumba Timur", 2),
                new FacetValue("Kota Makassar", "Kota Makassar", 2),
                new FacetValue("Kota Yogyakarta", "Kota Yogyakarta", 2),
                new FacetValue("Kota Medan", "Kota Medan", 1));
        assertThat(page.facets().price()).extracting(PriceRange::count).containsExactly(0L, 0L, 0L, 2L, 1L, 4L);
    }

    @Test
    void priceBucketsStartInclusiveEndExclusiveAndKeepEmptyOnes() {
        givenTheFixture();
        ProductPage food = find(query().category("makanan").build());
        assertThat(food.facets().price()).containsExactly(
                new PriceRange(0, 25_000L, 3), new PriceRange(25_000, 50_000L, 1), new PriceRange(50_000, 100_000L, 2),
                new PriceRange(100_000, 250_000L, 0), new PriceRange(250_000, 500_000L, 0), new PriceRange(500_000, null, 0));
    }

    @Test
    void categoryFacetsAreLabelledInTheShoppersLanguage() {
        givenTheFixture();
        assertThat(search().search(query().build(), INDONESIAN).facets().category()).containsExactly(
                new FacetValue("makanan", "Makanan", 6), new FacetValue("anyaman", "Anyaman", 5),
                new FacetValue("batik", "Batik", 5), new FacetValue("kerajinan", "Kerajinan", 5),
                new FacetValue("tenun", "Kain Tenun", 5), new FacetValue("minuman", "Minuman", 4));
        assertThat(search().search(query().build(), ENGLISH).facets().category()).extracting(FacetValue::label)
                .containsExactly("Food", "Basketry", "Batik", "Handicrafts", "Woven Cloth", "Drinks");
    }

    @Test
    void regionFacetsAreOrderedByCountThenName() {
        givenTheFixture();
        assertThat(find(query().build()).facets().region()).extracting(FacetValue::value, FacetValue::count).containsExactly(
                tuple("Kota Yogyakarta", 8L), tuple("Kota Bekasi", 7L), tuple("Kota Medan", 5L),
                tuple("Kota Makassar", 4L), tuple("Kabupaten Bogor", 3L), tuple("Kabupaten Sumba Timur", 3L));
    }

    // ---- highlighting

    @Test
    void highlightsMatchedWordsOfTheNameAndEscapesTheRest() {
        givenTheFixture();
        assertThat(only(find(text("sambal"))).highlight()).isEqualTo("<mark>Sambal</mark> Bawang &amp; Teri Medan");
        ProductSummary keripik = find(text("kripik")).items().stream().filter(s -> s.id().equals("1")).findFirst().orElseThrow();
        assertThat(keripik.highlight()).as("typo matches are marked too").isEqualTo("<mark>Keripik</mark> Singkong Balado");
    }

    @Test
    void highlightsFromTheDescriptionWhenTheNameDoesNotMatch() {
        givenTheFixture();
        String honey = only(find(text("murni"))).highlight();
        assertThat(honey).contains("<mark>murni</mark>", "&amp; mentah", "&lt; 500 ml").doesNotContain("< 500");
        ProductSummary bag = find(text("dianyam")).items().stream().filter(s -> s.id().equals("13")).findFirst().orElseThrow();
        assertThat(bag.highlight()).contains("tali <mark>dianyam</mark> tangan").doesNotContain("Kombinasi");
    }

    @Test
    void noHighlightWithoutText() {
        givenTheFixture();
        assertThat(find(query().size(100).build()).items()).extracting(ProductSummary::highlight).containsOnlyNulls();
    }

    // ---- suggestions

    @Test
    void suggestsProductNamesWithAWordStartingWithThePrefix() {
        givenTheFixture();
        assertThat(search().suggest("kerip", INDONESIAN, 10))
                .containsExactly("Keripik Pisang Cokelat", "Keripik Singkong Balado", "Keripik Tempe Sagu");
        assertThat(search().suggest("KERIP", INDONESIAN, 10)).as("case-insensitive")
                .containsExactly("Keripik Pisang Cokelat", "Keripik Singkong Balado", "Keripik Tempe Sagu");
        assertThat(search().suggest("hot", INDONESIAN, 10)).as("any word of the name").containsExactly("Kain Ulos Ragi Hotang");
    }

    @Test
    void suggestsCategoryLabelsInTheShoppersLanguageFirst() {
        givenTheFixture();
        assertThat(search().suggest("ker", INDONESIAN, 10)).containsExactly("Kerajinan", "Keranjang Rotan Bulat",
                "Keripik Pisang Cokelat", "Keripik Singkong Balado", "Keripik Tempe Sagu", "Rendang Daging Kering");
        assertThat(search().suggest("b", ENGLISH, 4)).containsExactly("Basketry", "Batik", "Bika Ambon Pandan", "Kain Batik Tulis Parang");
        assertThat(search().suggest("wov", INDONESIAN, 10)).as("English labels are not suggested in Indonesian").isEmpty();
    }

    @Test
    void earlierWordsOfASuggestionPrefixMustBeWholeWords() {
        givenTheFixture();
        assertThat(search().suggest("kain te", INDONESIAN, 10)).containsExactly("Kain Tenun", "Kain Tenun Ikat Sumba");
        assertThat(search().suggest("tenun kai", INDONESIAN, 10)).containsExactly("Kain Tenun", "Kain Tenun Ikat Sumba");
        assertThat(search().suggest("kai te", INDONESIAN, 10)).isEmpty();
    }

    @Test
    void suggestionsAreDistinctLimitedAndTypoFree() {
        givenTheFixture();
        index().upsert(List.of(aProduct(31).named("Tas Anyaman Pandan").in(SearchFixture.ANYAMAN).by(TATA).build()));
        assertThat(search().suggest("tas", INDONESIAN, 10)).containsExactly("Tas Anyaman Pandan", "Tas Batik Kombinasi");
        assertThat(search().suggest("ker", INDONESIAN, 3)).containsExactly("Kerajinan", "Keranjang Rotan Bulat", "Keripik Pisang Cokelat");
        assertThat(search().suggest("krip", INDONESIAN, 10)).isEmpty();
        assertThat(search().suggest("", INDONESIAN, 10)).isEmpty();
        assertThat(search().suggest("   ", INDONESIAN, 10)).isEmpty();
    }

    // ---- writes

    @Test
    void anUpsertReplacesTheDocumentAndIsVisibleAtOnce() {
        givenTheFixture();
        ProductDocument coffee = aProduct(7).named("Kopi Robusta Bubuk").in(SearchFixture.MINUMAN).by(SearchFixture.YOGA)
                .priced(99_000).publishedOnDay(2).build();
        assertThat(index().upsert(List.of(coffee))).isEmpty();
        ProductPage page = find(query().minPrice(90_000L).maxPrice(100_000L).build());
        assertThat(idsOf(page)).containsExactlyInAnyOrder("6", "7");
        assertThat(page.items()).filteredOn(s -> s.id().equals("7")).extracting(ProductSummary::price).containsExactly(99_000L);
        assertThat(find(query().build()).total()).isEqualTo(30);
    }

    @Test
    void aNewProductIsFoundRightAfterItsUpsert() {
        assertThat(index().upsert(List.of(aProduct(31).named("Songket Pandai Sikek").in(SearchFixture.TENUN).build()))).isEmpty();
        assertThat(idsOf(find(text("songket")))).containsExactly("31");
    }

    @Test
    void aDeletedProductIsGoneAndUnknownIdsAreIgnored() {
        givenTheFixture();
        assertThat(index().delete(List.of("7", "999"))).isEmpty();
        assertThat(idsOf(find(text("kopi")))).containsExactly("25");
        assertThat(find(query().build()).total()).isEqualTo(29);
        assertThat(search().suggest("kopi", INDONESIAN, 10)).isEmpty();
    }

    @Test
    void aBrokenDocumentIsReportedAndDoesNotStopTheOthers() {
        ProductDocument good = aProduct(31).named("Songket Pandai Sikek").in(SearchFixture.TENUN).build();
        ProductDocument notANumber = aProduct(32).named("Tas Rusak").build();
        notANumber = new ProductDocument("abc", notANumber.slug(), notANumber.name(), null, null, null,
                notANumber.category(), notANumber.categoryLabelId(), notANumber.categoryLabelEn(), notANumber.region(),
                notANumber.makerId(), notANumber.makerName(), notANumber.unitId(), 1_000, 1, notANumber.publishedAt(), null);
        Set<String> failed = index().upsert(Arrays.asList(null, notANumber, good));
        assertThat(failed).containsExactly("abc");
        assertThat(idsOf(find(query().build()))).containsExactly("31");
    }

    // ---- rebuild

    @Test
    void aRebuildReplacesEverythingAndRecordsTheMappingVersion() {
        assertThat(index().needsRebuild()).as("a fresh index").isTrue();
        index().upsert(SearchFixture.all());
        assertThat(index().needsRebuild()).as("upserts are no complete build").isTrue();
        index().rebuild(Stream.of(product(1), product(2), aProduct(31).named("Songket Pandai Sikek").in(SearchFixture.TENUN).build()));
        assertThat(index().needsRebuild()).isFalse();
        assertThat(index().isAvailable()).isTrue();
        assertThat(idsOf(find(query().build()))).containsExactlyInAnyOrder("1", "2", "31");
        assertThat(search().suggest("sambal", INDONESIAN, 10)).isEmpty();
    }

    @Test
    void searchesDuringARebuildAnswerFromTheOldIndex() throws Exception {
        givenTheFixture();
        List<Long> totalsDuringRebuild = Collections.synchronizedList(new ArrayList<>());
        List<Long> allTotals = Collections.synchronizedList(new ArrayList<>());
        List<Long> clothTotals = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean rebuilt = new AtomicBoolean();
        ExecutorService shoppers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                running.add(shoppers.submit(() -> {
                    while (!rebuilt.get()) {
                        allTotals.add(find(query().build()).total());
                        clothTotals.add(find(text("kain")).total());
                        pause();
                    }
                }));
            }
            // The new catalog is the first twenty products; the stream is slow enough to overlap the shoppers.
            index().rebuild(SearchFixture.all().subList(0, 20).stream().peek(p -> {
                totalsDuringRebuild.add(find(query().build()).total());
                pause();
            }));
            rebuilt.set(true);
            for (Future<?> shopper : running) {
                shopper.get(30, TimeUnit.SECONDS);
            }
        } finally {
            shoppers.shutdownNow();
        }
        assertThat(totalsDuringRebuild).hasSize(20).containsOnly(30L);
        assertThat(allTotals).isNotEmpty().containsAnyOf(30L).isSubsetOf(30L, 20L);
        assertThat(clothTotals).isNotEmpty().isSubsetOf(10L, 8L);
        assertThat(find(query().build()).total()).isEqualTo(20);
    }

    @Test
    void aWriteDuringARebuildSurvivesTheSwitch() {
        givenTheFixture();
        ProductDocument dearerCoffee = aProduct(7).named("Kopi Robusta Bubuk").in(SearchFixture.MINUMAN).by(SearchFixture.YOGA)
                .priced(99_000).publishedOnDay(2).build();
        AtomicBoolean written = new AtomicBoolean();
        // The rebuild stream read product 7 and 8 before they changed; the writes made meanwhile win.
        index().rebuild(SearchFixture.all().stream().peek(p -> {
            if (written.compareAndSet(false, true)) {
                index().upsert(List.of(dearerCoffee));
                index().delete(List.of("8"));
            }
        }));
        ProductPage all = find(query().size(100).build());
        assertThat(all.total()).isEqualTo(29);
        assertThat(all.items()).filteredOn(s -> s.id().equals("7")).extracting(ProductSummary::price).containsExactly(99_000L);
        assertThat(index().needsRebuild()).isFalse();
    }

    // ---- helpers

    protected void givenTheFixture() {
        index().rebuild(SearchFixture.all().stream());
    }

    protected ProductPage find(ProductQuery query) {
        return search().search(query, INDONESIAN);
    }

    protected static ProductQuery text(String q) {
        return query().text(q).size(100).build();
    }

    protected static QueryBuilder query() {
        return new QueryBuilder();
    }

    protected static List<String> idsOf(ProductPage page) {
        return page.items().stream().map(ProductSummary::id).toList();
    }

    protected static List<String> ids(int... ids) {
        return Arrays.stream(ids).mapToObj(String::valueOf).toList();
    }

    private static int[] range(int from, int to) {
        return IntStream.rangeClosed(from, to).toArray();
    }

    private static ProductSummary only(ProductPage page) {
        assertThat(page.items()).hasSize(1);
        return page.items().get(0);
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A {@link ProductQuery} with defaults: no text, no filter, default sort, first page of 24. */
    protected static final class QueryBuilder {
        private String q;
        private String category;
        private String region;
        private Long maker;
        private Long minPrice;
        private Long maxPrice;
        private ProductSort sort;
        private int page;
        private int size = ProductQuery.DEFAULT_SIZE;

        public QueryBuilder text(String value) {
            q = value;
            return this;
        }

        public QueryBuilder category(String value) {
            category = value;
            return this;
        }

        public QueryBuilder region(String value) {
            region = value;
            return this;
        }

        public QueryBuilder maker(Long value) {
            maker = value;
            return this;
        }

        public QueryBuilder minPrice(Long value) {
            minPrice = value;
            return this;
        }

        public QueryBuilder maxPrice(Long value) {
            maxPrice = value;
            return this;
        }

        public QueryBuilder sort(ProductSort value) {
            sort = value;
            return this;
        }

        public QueryBuilder page(int value) {
            page = value;
            return this;
        }

        public QueryBuilder size(int value) {
            size = value;
            return this;
        }

        public ProductQuery build() {
            return new ProductQuery(q, category, region, maker, minPrice, maxPrice, sort, page, size);
        }
    }
}
