package org.sentrakreasi.storefront.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.EntityType;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.application.ImportJobSummary;
import org.sentrakreasi.catalog.application.ImportJobs;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.catalog.application.NewListing;
import org.sentrakreasi.catalog.application.NewMaker;
import org.sentrakreasi.catalog.application.ProductDetails;
import org.sentrakreasi.catalog.application.ProductPage;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.application.ProductSort;
import org.sentrakreasi.catalog.application.ProductSummary;
import org.sentrakreasi.catalog.application.SearchIndexer;
import org.sentrakreasi.catalog.application.SearchOutbox;
import org.sentrakreasi.catalog.domain.ProductNotFoundException;
import org.sentrakreasi.storefront.security.Roles;
import org.sentrakreasi.storefront.security.UserAccounts;
import org.sentrakreasi.vocational.application.GraduateActivity;
import org.sentrakreasi.vocational.application.NewUnit;
import org.sentrakreasi.vocational.application.PublicFields;
import org.sentrakreasi.vocational.application.PublicMakerProfiles;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.domain.ConsentField;
import org.sentrakreasi.vocational.domain.UnitType;

/**
 * The real war on Payara Micro against the real datasource (H2 or PostgreSQL, chosen by the
 * failsafe execution): migrations, JPA mappings, application services, the identity store.
 * Each test makes its own data with unique names.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenceAndServicesIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("storefront.war")))
                .addClass(PersistenceAndServicesIT.class);
    }

    @Inject
    ListingService listings;

    @Inject
    CatalogQueries catalog;

    @Inject
    UnitService units;

    @Inject
    UserAccounts accounts;

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SearchIndexer indexer;

    @Inject
    SearchOutbox outbox;

    @Inject
    UserTransaction transaction;

    @Inject
    ImportJobs importJobs;

    @Inject
    PublicMakerProfiles makerProfiles;

    @Inject
    GraduateActivity graduateActivity;


    @PersistenceContext(unitName = "sentrakreasi")
    EntityManager em;

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Test
    void migrationsCreateTheContractCategories() {
        Set<String> codes = catalog.categories(INDONESIAN).stream().map(CategorySummary::code).collect(Collectors.toSet());
        assertEquals(Set.of("makanan", "minuman", "batik-tenun", "anyaman", "fashion", "rumah-tangga",
                "cinderamata", "kecantikan"), codes);
        assertEquals("Woven crafts", catalog.categories(Locale.ENGLISH).stream()
                .filter(c -> c.code().equals("anyaman")).findFirst().orElseThrow().label());
    }

    @Test
    void everyMappedEntityMatchesTheMigratedSchema() {
        // EclipseLink does not validate the schema itself: reading every mapped column of every entity does.
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            em.createQuery("select e from " + entity.getName() + " e", entity.getJavaType()).setMaxResults(5).getResultList();
        }
        assertTrue(em.getMetamodel().getEntities().size() >= 5);
    }

    @Test
    void everyIdentityColumnIsItsTablesFirst() {
        // New ids come back as JDBC generated keys (persistence.xml). PostgreSQL returns the whole
        // inserted row for them, and EclipseLink takes its first column as the id.
        List<?> misplaced = em.createNativeQuery("select table_name, column_name from information_schema.columns"
                        + " where is_identity = 'YES' and ordinal_position <> 1")
                .getResultList();
        assertTrue(misplaced.isEmpty(), () -> "identity columns not first in their table: "
                + misplaced.stream().map(row -> Arrays.toString((Object[]) row)).toList());
        Number identities = (Number) em.createNativeQuery(
                "select count(*) from information_schema.columns where is_identity = 'YES'").getSingleResult();
        assertTrue(identities.intValue() >= 10, "the schema's identity columns were not found: " + identities);
    }

    @Test
    void aPublishedListingIsFoundNewestFirstWithItsUnitAndADraftIsNot() {
        String run = unique();
        long unitId = units.ensureUnit(new NewUnit("T" + run, "Balai Uji " + run, UnitType.BALAI, "Kota Uji " + run));
        long makerId = listings.registerMaker(new NewMaker("Pengrajin " + run, unitId, "Kota Uji " + run, "Cerita"));
        long older = listings.createListing(listing("A-" + run, "Keripik Pisang " + run, makerId, 15_000));
        long newer = listings.createListing(listing("B-" + run, "Tas Anyaman " + run, makerId, 85_000));
        long draft = listings.createListing(listing("C-" + run, "Draf " + run, makerId, 5_000));
        listings.publish(older);
        listings.publish(newer);

        ProductPage page = afterIndexing(() -> catalog.productPage(new ProductQuery(null, null, "Kota Uji " + run,
                null, null, null, null, 0, 10), INDONESIAN), found -> found.total() == 2);
        assertEquals(2, page.total());
        assertEquals(List.of(String.valueOf(newer), String.valueOf(older)),
                page.items().stream().map(ProductSummary::id).toList());
        ProductSummary first = page.items().get(0);
        assertEquals(85_000, first.price());
        assertEquals("IDR", first.currency());
        assertEquals("Pengrajin " + run, first.maker().name());
        assertEquals("/media/products/b-" + run.toLowerCase(Locale.ROOT) + ".png", first.imageUrl());
        assertEquals(2, page.facets().region().get(0).count());

        ProductDetails details = catalog.productDetails(String.valueOf(newer));
        assertEquals("Balai Uji " + run, details.unit().name());
        assertEquals(7, details.stock());
        assertThrows(ProductNotFoundException.class, () -> catalog.productDetails(String.valueOf(draft)));
        assertThrows(ProductNotFoundException.class, () -> catalog.productDetails("nope"));
    }

    @Test
    void filtersAndPriceSortsNarrowAndOrderTheResult() {
        String run = unique();
        long unitId = units.ensureUnit(new NewUnit("S" + run, "LKS Uji " + run, UnitType.LKS, "Kab. Uji " + run));
        long makerId = listings.registerMaker(new NewMaker("KUBE " + run, unitId, "Kab. Uji " + run, null));
        for (long price : new long[] {30_000, 10_000, 20_000}) {
            listings.publish(listings.createListing(listing(price + "-" + run, "Sabun " + run, makerId, price)));
        }
        ProductPage cheapFirst = afterIndexing(() -> catalog.productPage(new ProductQuery(null, null, null, makerId,
                15_000L, null, ProductSort.PRICE_ASC, 0, 10), INDONESIAN), found -> found.total() == 2);
        assertEquals(List.of(20_000L, 30_000L), cheapFirst.items().stream().map(ProductSummary::price).toList());

        ProductPage byText = afterIndexing(() -> catalog.productPage(new ProductQuery("sabun " + run.toLowerCase(Locale.ROOT),
                null, null, null, null, null, ProductSort.PRICE_DESC, 0, 10), INDONESIAN), found -> found.total() == 3);
        assertEquals(List.of(30_000L, 20_000L, 10_000L), byText.items().stream().map(ProductSummary::price).toList());
    }

    /**
     * The jobs' times are a day from now, out of reach of the application's own lease keeper, which
     * would otherwise fail them (they have no file) while the test looks at them.
     */
    @Test
    void importJobLeasesAreRenewedTakenOverByOneCallerOnlyOrFailedAndJobsAreListedPerUser() {
        Instant later = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        String user = "lease-" + System.nanoTime();
        String held = UUID.randomUUID().toString();
        String stopped = UUID.randomUUID().toString();
        String gone = UUID.randomUUID().toString();
        importJobs.create(held, user, "run-1", later.plusSeconds(60));
        importJobs.create(stopped, user, "run-1", later.minusSeconds(5));
        importJobs.create(gone, user, "run-1", later.minusSeconds(120));
        assertTrue(importJobs.progress(gone, "run-1", 2_000, 3, List.of()));

        Map<String, Long> expired = importJobs.expired(later);
        assertTrue(expired.keySet().containsAll(List.of(stopped, gone)), expired.toString());
        assertFalse(expired.containsKey(held));
        assertEquals(2_000L, expired.get(gone));
        assertTrue(importJobs.takeOver(stopped, later, "run-2", later.plusSeconds(60)));
        assertFalse(importJobs.takeOver(stopped, later, "run-3", later.plusSeconds(60)), "a second caller comes too late");
        assertFalse(importJobs.progress(stopped, "run-1", 5_000, 0, List.of()), "the instance that lost it records nothing");
        assertFalse(importJobs.finish(stopped, "run-1", "DONE", null));
        assertEquals("RUNNING", importJobs.find(stopped).orElseThrow().status());
        assertFalse(importJobs.failExpired(gone, later.minusSeconds(180), "stopped"), "its lease had not ended then");
        assertTrue(importJobs.failExpired(gone, later.minusSeconds(60), "stopped"));
        assertEquals("FAILED", importJobs.find(gone).orElseThrow().status());
        assertEquals("stopped", importJobs.find(gone).orElseThrow().message());
        assertEquals(1, importJobs.renew(List.of(held, stopped, gone), "run-1", later.plusSeconds(90)),
                "only the owner's running jobs are renewed");
        assertEquals(1, importJobs.renew(List.of(stopped), "run-2", later.plusSeconds(90)));
        assertFalse(importJobs.expired(later.plusSeconds(89)).containsKey(stopped));

        List<ImportJobSummary> recent = importJobs.recent(Optional.of(user), 10);
        assertEquals(Set.of(held, stopped, gone), recent.stream().map(ImportJobSummary::jobId).collect(Collectors.toSet()));
        assertTrue(recent.stream().allMatch(job -> user.equals(job.startedBy()) && job.startedAt() != null));
        assertEquals(List.of(gone), importJobs.recent(Optional.of(user), 10).stream()
                .filter(job -> job.processed() == 2_000).map(ImportJobSummary::jobId).toList());
        assertTrue(importJobs.finish(held, "run-1", "DONE", null));
        assertTrue(importJobs.finish(stopped, "run-2", "DONE", null));
    }

    /**
     * The entries are due a day from now, out of reach of the application's own drain, and name
     * products that do not exist (negative ids). Claims a day from now would take every other
     * entry too, so the test starts once the earlier tests' entries are indexed.
     */
    @Test
    void aProductsEntriesWaitWhileAnotherWorkerHoldsOneOfThem() throws Exception {
        assertEquals(0L, afterIndexing(outbox::pending, pending -> pending == 0), "the outbox drains");
        Instant later = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MILLIS);
        long product = -System.nanoTime();
        long first = enqueueAt(product, later);
        long second = enqueueAt(product, later);
        long other = enqueueAt(product - 1, later);
        Instant leaseEnd = later.plusSeconds(30);

        assertEquals(List.of(first), ids(outbox.claim("w1-" + product, 1, later, leaseEnd)));
        assertEquals(List.of(other), ids(outbox.claim("w2-" + product, 10, later, leaseEnd)),
                "the product's second entry waits for the first worker");
        outbox.complete(List.of(first));
        assertEquals(List.of(second), ids(outbox.claim("w3-" + product, 10, later, leaseEnd)));
        outbox.complete(List.of(second, other));
        assertEquals(0L, ((Number) em.createNativeQuery("select count(*) from search_outbox where product_id in (?1, ?2)")
                .setParameter(1, product).setParameter(2, product - 1).getSingleResult()).longValue());
    }

    @Test
    void aBeneficiaryMakerProfileShowsConsentedFieldsAndAWithdrawnOneLeavesCatalogAndSearch() {
        String run = unique();
        long unitId = units.ensureUnit(new NewUnit("M" + run, "Balai Uji " + run, UnitType.BALAI, "Kota Uji " + run));
        String ref = "ref-" + run;
        PublicFields everything = new PublicFields("Ibu Uji " + run, "Cerita", "Kota Asal " + run, true);
        long makerId = makerProfiles.publish(ref, unitId, everything);
        assertEquals(makerId, makerProfiles.publish(ref, unitId, everything), "one profile per beneficiary");
        long product = listings.createListing(listing("M-" + run, "Tas Pandan " + run, makerId, 85_000));
        listings.publish(product);
        ProductQuery fromRegion = new ProductQuery(null, null, "Kota Asal " + run, null, null, null, null, 0, 10);
        Supplier<String> makerInSearch = () -> catalog.productPage(fromRegion, INDONESIAN).items().stream()
                .map(item -> item.maker().name()).findFirst().orElse(null);
        assertEquals("Ibu Uji " + run, afterIndexing(makerInSearch, ("Ibu Uji " + run)::equals));
        assertEquals(Set.of(ref), graduateActivity.withListings(List.of(ref, "ref-none-" + run)));

        makerProfiles.withdraw(ref, ConsentField.DISPLAY_NAME);
        assertEquals("Pengrajin Balai Uji " + run, catalog.productDetails(String.valueOf(product)).maker().name());
        assertEquals("Pengrajin Balai Uji " + run, afterIndexing(makerInSearch, ("Pengrajin Balai Uji " + run)::equals));

        makerProfiles.withdraw(ref, ConsentField.REGION);
        assertNull(catalog.productDetails(String.valueOf(product)).region());
        assertNull(afterIndexing(makerInSearch, Objects::isNull), "no longer found in its former region");
    }

    @Test
    void invalidQueriesAreRefusedByValidation() {
        assertThrows(ConstraintViolationException.class, () -> catalog.productPage(
                new ProductQuery(null, null, null, null, null, null, null, -1, 24), INDONESIAN));
        assertThrows(ConstraintViolationException.class, () -> catalog.productPage(
                new ProductQuery(null, null, null, null, 50L, 10L, null, 0, 24), INDONESIAN));
    }

    @Test
    void accountsSignInWithTheirPasswordOnly() {
        String username = "uji." + unique().toLowerCase(Locale.ROOT);
        accounts.ensureAccount(username, "rahasia-" + username, Roles.MAKER, null, null);

        CredentialValidationResult valid = identityStores.validate(new UsernamePasswordCredential(username, "rahasia-" + username));
        assertEquals(CredentialValidationResult.Status.VALID, valid.getStatus());
        assertEquals(Set.of(Roles.MAKER), valid.getCallerGroups());
        assertNotEquals(CredentialValidationResult.Status.VALID,
                identityStores.validate(new UsernamePasswordCredential(username, "salah")).getStatus());
        String stored = em.createNativeQuery("select password_hash from app_user where username = ?1")
                .setParameter(1, username).getSingleResult().toString();
        assertFalse(stored.contains("rahasia"), "passwords are stored hashed");
    }

    /**
     * Reads until the index shows what is expected, for at most ten seconds: the application drains the
     * outbox every second too, and an entry it claimed is indexed by it, not by this test's drain.
     */
    private <T> T afterIndexing(Supplier<T> read, Predicate<T> expected) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            indexer.drainAll(100);
            T value = read.get();
            if (expected.test(value) || System.nanoTime() > deadline) {
                return value;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return value;
            }
        }
    }

    private long enqueueAt(long productId, Instant due) throws Exception {
        transaction.begin();
        try {
            java.sql.Timestamp at = java.sql.Timestamp.from(due);
            em.createNativeQuery("insert into search_outbox (product_id, enqueued_at, next_attempt_at, attempts)"
                    + " values (?1, ?2, ?2, 0)").setParameter(1, productId).setParameter(2, at).executeUpdate();
            long id = ((Number) em.createNativeQuery("select max(id) from search_outbox where product_id = ?1")
                    .setParameter(1, productId).getSingleResult()).longValue();
            transaction.commit();
            return id;
        } catch (Exception e) {
            transaction.rollback();
            throw e;
        }
    }

    private static List<Long> ids(List<SearchOutbox.OutboxEntryView> entries) {
        return entries.stream().map(SearchOutbox.OutboxEntryView::id).toList();
    }

    private static NewListing listing(String sku, String name, long makerId, long price) {
        return new NewListing(sku, name, "Deskripsi " + name, null, "makanan", makerId, price, 7,
                List.of(sku.toLowerCase(Locale.ROOT) + ".png"));
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }
}
