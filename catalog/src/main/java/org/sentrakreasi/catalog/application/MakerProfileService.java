package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.domain.ConsentedFields;
import org.sentrakreasi.catalog.domain.Maker;
import org.sentrakreasi.catalog.domain.MakerRepository;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductRepository;

/**
 * Beneficiaries' public maker profiles, showing exactly what they consented to. Every change
 * rewrites, in the same transaction, what the maker's listings show (their region) and puts all
 * of those listings in the search outbox, so that the index drops a withdrawn field with the next
 * drain; pages and JSON read the database and show the change with the commit.
 *
 * <p>A maker whose name is not consented is shown as "Pengrajin" and their unit's name (the
 * storefront may name the unit, DOMAIN.md): it names a craftsperson of a Balai or LKS with dignity
 * and says nothing about the person or why they are there.
 */
@ApplicationScoped
@Transactional
public class MakerProfileService {

    /** The neutral name's word for maker; a term of art kept in Bahasa Indonesia in every language. */
    static final String NEUTRAL_NAME_PREFIX = "Pengrajin ";

    /** When the unit cannot be named: still true, and still says nothing about the person. */
    static final String NEUTRAL_NAME_WITHOUT_UNIT = "Pengrajin ATENSI";

    private static final int MAX_NAME_LENGTH = 120;

    private MakerRepository makers;
    private ProductRepository products;
    private UnitDirectory units;
    private SearchOutbox outbox;
    private PhotoStorage photos;

    protected MakerProfileService() {
        // for CDI proxies
    }

    @Inject
    public MakerProfileService(MakerRepository makers, ProductRepository products, UnitDirectory units,
                               SearchOutbox outbox, PhotoStorage photos) {
        this.makers = makers;
        this.products = products;
        this.units = units;
        this.outbox = outbox;
        this.photos = photos;
    }

    /**
     * Creates the beneficiary's maker profile or replaces its fields, showing exactly the consented ones.
     *
     * @return the maker id
     * @throws IllegalStateException when the beneficiary's profile belongs to another unit: its
     *                               listings stay in their unit, so moving is not a re-publication
     */
    public long publish(@NotNull @Valid PublishMakerProfile command) {
        String neutralName = neutralName(units, command.unitId());
        ConsentedFields consented = new ConsentedFields(command.displayName(), command.story(), command.region(),
                command.showPhoto());
        Optional<Maker> existing = makers.findByBeneficiaryRef(command.beneficiaryRef());
        if (existing.isEmpty()) {
            Maker maker = Maker.ofBeneficiary(command.beneficiaryRef(), command.unitId(), neutralName);
            maker.showOnly(consented, neutralName);
            return makers.store(maker).id();
        }
        Maker maker = existing.get();
        if (!maker.unitId().equals(command.unitId())) {
            throw new IllegalStateException("The maker profile " + maker.id() + " belongs to unit " + maker.unitId()
                    + ", not to unit " + command.unitId());
        }
        String formerRegion = maker.region();
        Optional<String> forgottenPhoto = maker.showOnly(consented, neutralName);
        listingsFollow(maker, formerRegion);
        forgottenPhoto.ifPresent(this::deletePhoto);
        return maker.id();
    }

    /** The ids of the listings of the beneficiary's maker profile (none without one), for indexing them at once. */
    public List<Long> listingIds(@NotBlank String beneficiaryRef) {
        return makers.findByBeneficiaryRef(beneficiaryRef)
                .map(maker -> products.findByMaker(maker.id()).stream().map(Product::id).toList())
                .orElse(List.of());
    }

    /** Takes one field off the beneficiary's public profile at once; nothing happens without a profile. */
    public void withdraw(@NotBlank String beneficiaryRef, @NotNull ProfileField field) {
        makers.findByBeneficiaryRef(beneficiaryRef).ifPresent(maker -> {
            String formerRegion = maker.region();
            Optional<String> forgottenPhoto = Optional.empty();
            switch (field) {
                case DISPLAY_NAME -> maker.hideName(neutralName(units, maker.unitId()));
                case STORY -> maker.hideStory();
                case REGION -> maker.hideRegion();
                case PHOTO -> forgottenPhoto = maker.hidePhoto();
            }
            listingsFollow(maker, formerRegion);
            forgottenPhoto.ifPresent(this::deletePhoto);
        });
    }

    /** Those of these beneficiaries whose maker profile has at least one published listing. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Set<String> withPublishedListings(@NotNull Collection<String> beneficiaryRefs) {
        return makers.withPublishedListings(beneficiaryRefs);
    }

    /**
     * The maker ids of those of these beneficiaries who have a maker profile, by beneficiary
     * reference: what they sold is found by maker id in the order lines.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, Long> makerIdsOf(@NotNull Collection<String> beneficiaryRefs) {
        return makers.findByBeneficiaryRefs(beneficiaryRefs).stream()
                .collect(Collectors.toMap(maker -> maker.beneficiaryRef().orElseThrow(), Maker::id));
    }

    /** The maker's listings show its current region and name, in the index too once the outbox is drained. */
    private void listingsFollow(Maker maker, String formerRegion) {
        makers.store(maker);
        List<Product> listings = products.findByMaker(maker.id());
        listings.forEach(listing -> listing.followMakerRegion(formerRegion));
        outbox.productsChanged(listings.stream().map(Product::id).toList());
    }

    /** The name a unit's makers are shown under while they keep their own name private. */
    static String neutralName(UnitDirectory units, long unitId) {
        String name = units.find(unitId).map(unit -> NEUTRAL_NAME_PREFIX + unit.name()).orElse(NEUTRAL_NAME_WITHOUT_UNIT);
        return name.length() <= MAX_NAME_LENGTH ? name : name.substring(0, MAX_NAME_LENGTH).strip();
    }

    /**
     * A photo whose consent is withdrawn must not stay reachable by its address: if it cannot be
     * deleted, the withdrawal fails (and rolls back) so that it is tried again, rather than
     * reporting success while the file is still served.
     */
    private void deletePhoto(String fileName) {
        try {
            photos.delete(fileName);
            photos.delete(ProductPhotos.thumbnailOf(fileName));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete the withdrawn maker photo", e);
        }
    }
}
