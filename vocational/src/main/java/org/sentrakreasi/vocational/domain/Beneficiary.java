package org.sentrakreasi.vocational.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person served by a unit (penerima manfaat). Everything here is private, specific personal
 * data under UU PDP: it stays in the back office, and {@link #toString()} shows the id only so
 * that none of it reaches a log. What may be shown publicly is decided field by field by the
 * consent records, whose history is kept.
 * <p>
 * The NIK is optional: many beneficiaries (street children, trafficking victims) arrive without
 * identity documents, and getting them registered is part of the unit's work.
 */
@Entity
@Table(name = "beneficiary")
public class Beneficiary {

    /** Below this age a guardian is named and gives consent (UU Perlindungan Anak: a child is under 18). */
    public static final int AGE_OF_MAJORITY = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(name = "nik", unique = true, length = 16)
    private String nik;

    @Enumerated(EnumType.STRING)
    @Column(name = "gender", nullable = false, length = 1)
    private Gender gender;

    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "cluster", nullable = false, length = 40)
    private Cluster cluster;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "phone", length = 30)
    private String phone;

    @Column(name = "guardian_name", length = 160)
    private String guardianName;

    @Column(name = "notes", length = 4000)
    private String notes;

    @OneToMany(mappedBy = "beneficiary", cascade = CascadeType.ALL)
    @OrderBy("sequence")
    private List<ConsentRecord> consents = new ArrayList<>();

    @Version
    private long version;

    protected Beneficiary() {
    }

    /**
     * Registers a person with the unit. The NIK (may be null) must agree with the birth date and
     * gender; a minor on the clock's date needs a guardian.
     */
    public Beneficiary(long unitId, String fullName, Nik nik, Gender gender, LocalDate birthDate,
                       Cluster cluster, String guardianName, Clock clock) {
        this.unitId = unitId;
        this.cluster = Require.present(cluster, "cluster");
        // Set before the identity: the identity's check of a minor's guardian reads it.
        this.guardianName = Require.optionalText(guardianName, "guardianName", 160);
        correctIdentity(fullName, nik, gender, birthDate, clock);
    }

    /** Fixes the identity as on the person's documents, e.g. once a KTP has been issued. */
    public void correctIdentity(String newFullName, Nik newNik, Gender newGender, LocalDate newBirthDate, Clock clock) {
        String checkedName = Require.text(newFullName, "fullName", 160);
        Gender checkedGender = Require.present(newGender, "gender");
        LocalDate checkedBirthDate = Require.present(newBirthDate, "birthDate");
        if (checkedBirthDate.isAfter(LocalDate.now(clock))) {
            throw new InvalidValueException("birthDate", "The birth date is in the future");
        }
        if (newNik != null) {
            newNik.mismatchWith(checkedBirthDate, checkedGender).ifPresent(problem -> {
                throw new InvalidNikException(problem);
            });
        }
        requireGuardianOfMinor(checkedBirthDate, guardianName, clock);
        this.fullName = checkedName;
        this.gender = checkedGender;
        this.birthDate = checkedBirthDate;
        this.nik = newNik == null ? null : newNik.digits();
    }

    /** Names (or, for an adult, removes) the guardian. A minor always keeps one. */
    public void changeGuardian(String newGuardianName, Clock clock) {
        String checked = Require.optionalText(newGuardianName, "guardianName", 160);
        requireGuardianOfMinor(birthDate, checked, clock);
        this.guardianName = checked;
    }

    public void changeContact(String newAddress, String newPhone) {
        this.address = Require.optionalText(newAddress, "address", 500);
        this.phone = Require.optionalText(newPhone, "phone", 30);
    }

    public void reclassify(Cluster newCluster) {
        this.cluster = Require.present(newCluster, "cluster");
    }

    /** Case notes of the unit's social workers; replaced as a whole. */
    public void replaceNotes(String newNotes) {
        this.notes = Require.optionalText(newNotes, "notes", 4000);
    }

    /** Under 18 on that day; the 18th birthday is the first day of adulthood. */
    public boolean isMinorOn(LocalDate day) {
        return minorOn(birthDate, day);
    }

    /**
     * Records that a field may be shown publicly. A minor's consent counts only with the
     * guardian's: without it the grant is refused.
     */
    public ConsentRecord grantConsent(ConsentField field, boolean guardianConsented, String recordedBy, Clock clock) {
        if (isMinorOn(LocalDate.now(clock)) && !guardianConsented) {
            throw new InvalidValueException("guardianConsent",
                    "A beneficiary under " + AGE_OF_MAJORITY + " needs the guardian's consent");
        }
        return record(field, true, guardianConsented, recordedBy, clock);
    }

    /**
     * Records that a field may no longer be shown. Always accepted, from a minor too: taking data
     * off public pages must never wait for a guardian.
     */
    public ConsentRecord withdrawConsent(ConsentField field, String recordedBy, Clock clock) {
        return record(field, false, false, recordedBy, clock);
    }

    /** The latest decision on the field; a field never decided on is not granted. */
    public boolean isGranted(ConsentField field) {
        ConsentRecord latest = null;
        for (ConsentRecord candidate : consents) {
            if (candidate.field() == field) {
                latest = candidate;
            }
        }
        return latest != null && latest.granted();
    }

    /** Every consent decision, oldest first. */
    public List<ConsentRecord> consentHistory() {
        return List.copyOf(consents);
    }

    private ConsentRecord record(ConsentField field, boolean granted, boolean guardianConsent, String recordedBy,
                                 Clock clock) {
        ConsentRecord consent = new ConsentRecord(this, consents.size() + 1, field, granted, guardianConsent,
                recordedBy, clock.instant());
        consents.add(consent);
        return consent;
    }

    private static boolean minorOn(LocalDate birthDate, LocalDate day) {
        // plusYears turns 29 February into 28 February in common years.
        return day.isBefore(birthDate.plusYears(AGE_OF_MAJORITY));
    }

    private static void requireGuardianOfMinor(LocalDate birthDate, String guardian, Clock clock) {
        if (guardian == null && minorOn(birthDate, LocalDate.now(clock))) {
            throw new InvalidValueException("guardianName",
                    "A beneficiary under " + AGE_OF_MAJORITY + " needs a guardian");
        }
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unitId;
    }

    public String fullName() {
        return fullName;
    }

    public Optional<Nik> nik() {
        return Optional.ofNullable(nik).map(Nik::new);
    }

    public Gender gender() {
        return gender;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Cluster cluster() {
        return cluster;
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Optional<String> guardianName() {
        return Optional.ofNullable(guardianName);
    }

    public Optional<String> notes() {
        return Optional.ofNullable(notes);
    }

    public long version() {
        return version;
    }

    /** The id only: private data must never reach a log. */
    @Override
    public String toString() {
        return "Beneficiary[id=" + id + "]";
    }
}
