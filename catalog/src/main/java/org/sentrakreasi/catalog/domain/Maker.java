package org.sentrakreasi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The public face of a maker (a beneficiary or a KUBE group). Holds only fields the person
 * consented to show; the private beneficiary record lives in the vocational context and is
 * linked by an opaque reference, never by a relationship.
 *
 * <p>A beneficiary's maker always has a name to show on product cards: their chosen name while
 * they consent to it, otherwise a neutral name the caller gives (the catalog uses "Pengrajin"
 * and the unit's name), so that the card names the maker with dignity and says nothing about
 * them. A withdrawn field is forgotten, not hidden: the catalog keeps nothing it may not show.
 */
@Entity
@Table(name = "maker")
public class Maker {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 120)
    private String slug;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "story", length = 4000)
    private String story;

    @Column(name = "region", length = 120)
    private String region;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "beneficiary_ref", length = 64)
    private String beneficiaryRef;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private MakerKind kind = MakerKind.PERSON;

    @Column(name = "photo_file_name", length = 200)
    private String photoFileName;

    @Column(name = "photo_consented", nullable = false)
    private boolean photoConsented;

    @Version
    private long version;

    protected Maker() {
    }

    public Maker(String displayName, Long unitId, String region, String story) {
        this.displayName = displayName;
        // The same chosen name may be used in two units; the unit keeps the public address unique.
        this.slug = Slug.of(displayName, String.valueOf(unitId));
        this.unitId = unitId;
        this.region = region;
        this.story = story;
    }

    /**
     * The maker profile of a beneficiary, showing nothing yet but {@code neutralName}; give it the
     * consented fields with {@link #showOnly}.
     */
    public static Maker ofBeneficiary(String beneficiaryRef, long unitId, String neutralName) {
        if (beneficiaryRef == null || beneficiaryRef.isBlank()) {
            throw new IllegalArgumentException("beneficiaryRef is required");
        }
        Maker maker = new Maker(neutralName, unitId, null, null);
        maker.beneficiaryRef = beneficiaryRef;
        maker.slug = uniqueSlug(neutralName, unitId);
        return maker;
    }

    /**
     * Shows exactly the consented fields and takes off every other one.
     *
     * @return the photo file no longer shown, which the caller must delete from storage
     */
    public Optional<String> showOnly(ConsentedFields consented, String neutralName) {
        Objects.requireNonNull(consented, "consented");
        if (consented.displayName() == null) {
            hideName(neutralName);
        } else {
            showName(consented.displayName());
        }
        this.story = shownText(consented.story());
        this.region = shownText(consented.region());
        if (consented.photo()) {
            this.photoConsented = true;
            return Optional.empty();
        }
        return hidePhoto();
    }

    /** Shows the name the person chose (which may differ from their legal name). */
    public void showName(String chosenName) {
        rename(chosenName);
    }

    /** Consent to the name is withdrawn: the maker is shown under {@code neutralName} instead. */
    public void hideName(String neutralName) {
        rename(neutralName);
    }

    public void hideStory() {
        this.story = null;
    }

    /** Consent to the region is withdrawn; listings that showed it follow with {@link Product#followMakerRegion}. */
    public void hideRegion() {
        this.region = null;
    }

    /**
     * Consent to the photo is withdrawn: the photo is forgotten, so it is neither linked nor served.
     *
     * @return the forgotten photo file, which the caller must delete from storage
     */
    public Optional<String> hidePhoto() {
        String forgotten = photoFileName;
        this.photoFileName = null;
        this.photoConsented = false;
        return Optional.ofNullable(forgotten);
    }

    /** Shows this photo; refused without consent to show a photo. */
    public void usePhoto(String fileName) {
        if (!photoConsented) {
            throw new IllegalStateException("No consent to show a photo of maker " + id);
        }
        this.photoFileName = Objects.requireNonNull(fileName, "fileName");
    }

    /** The photo to show: only while the person consents to it. */
    public Optional<String> photoFileName() {
        return photoConsented ? Optional.ofNullable(photoFileName) : Optional.empty();
    }

    public boolean photoConsented() {
        return photoConsented;
    }

    public Optional<String> beneficiaryRef() {
        return Optional.ofNullable(beneficiaryRef);
    }

    private void rename(String newName) {
        if (newName == null || newName.isBlank()) {
            throw new IllegalArgumentException("a maker needs a name to show");
        }
        String name = newName.strip();
        if (name.equals(displayName)) {
            return;
        }
        this.displayName = name;
        // A new slug, so that no address keeps a withdrawn name; the random tail keeps two makers
        // of one unit under the same neutral name apart.
        this.slug = uniqueSlug(name, unitId);
    }

    private static String shownText(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String uniqueSlug(String name, long unitId) {
        return Slug.of(name, unitId + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    public Long id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String displayName() {
        return displayName;
    }

    public String story() {
        return story;
    }

    public String region() {
        return region;
    }

    public MakerKind kind() {
        return kind;
    }

    /** A joint-business group (KUBE) rather than one person. */
    public void registerAsGroup() {
        this.kind = MakerKind.KUBE;
    }

    public Long unitId() {
        return unitId;
    }
}
