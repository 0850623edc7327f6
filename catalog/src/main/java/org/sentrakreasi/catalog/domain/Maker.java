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

/**
 * The public face of a maker (a beneficiary or a KUBE group). Holds only fields the person
 * consented to show; the private beneficiary record lives in the vocational context and is
 * linked by an opaque reference, never by a relationship.
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
