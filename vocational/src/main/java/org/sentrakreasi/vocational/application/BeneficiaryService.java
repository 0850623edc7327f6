package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.ConsentField;
import org.sentrakreasi.vocational.domain.ConsentRecord;
import org.sentrakreasi.vocational.domain.DuplicateNikException;
import org.sentrakreasi.vocational.domain.InvalidValueException;
import org.sentrakreasi.vocational.domain.Nik;
import org.sentrakreasi.vocational.domain.Unit;
import org.sentrakreasi.vocational.domain.UnitRepository;

/**
 * The beneficiary registry: registering, reading and searching people (within the caller's unit,
 * every access audited), their consent per public field, and their public maker profile, which
 * shows consented fields only. Withdrawing a consent takes the field off the public side in the
 * same request, through {@link PublicMakerProfiles}.
 */
@ApplicationScoped
@Transactional
public class BeneficiaryService {

    static final int SEARCH_LIMIT = 50;
    private static final String NIK_DIGITS = "\\d{16}";

    private BeneficiaryRepository beneficiaries;
    private UnitRepository units;
    private PublicMakerProfiles makerProfiles;
    private Auditor auditor;
    private Clock clock;

    protected BeneficiaryService() {
        // for CDI proxies
    }

    @Inject
    public BeneficiaryService(BeneficiaryRepository beneficiaries, UnitRepository units,
                              PublicMakerProfiles makerProfiles, Auditor auditor, Clock clock) {
        this.beneficiaries = beneficiaries;
        this.units = units;
        this.makerProfiles = makerProfiles;
        this.auditor = auditor;
        this.clock = clock;
    }

    /**
     * Registers a person with a unit the caller works for.
     *
     * @return the new beneficiary's id
     * @throws AlreadyRegisteredException when the NIK is registered (the other record is named only
     *                                    to staff who may see it)
     */
    public long register(@NotNull @Valid Staff staff, @NotNull @Valid RegisterBeneficiary command) {
        staff.requireAccessTo(command.unitId());
        if (units.find(command.unitId()).isEmpty()) {
            throw new InvalidValueException("unitId", "No unit with that id");
        }
        Nik nik = command.nik() == null || command.nik().isBlank() ? null : Nik.of(command.nik());
        Beneficiary beneficiary = new Beneficiary(command.unitId(), command.fullName(), nik, command.gender(),
                command.birthDate(), command.cluster(), command.guardianName(), clock);
        if (beneficiary.isMinorOn(LocalDate.now(clock)) && !Boolean.TRUE.equals(command.guardianConsent())) {
            // UU PDP art. 25: a child's data is processed with the consent of a parent or guardian.
            throw new InvalidValueException("guardianConsent",
                    "A beneficiary under " + Beneficiary.AGE_OF_MAJORITY + " is registered with the guardian's consent");
        }
        beneficiary.changeContact(command.address(), command.phone());
        beneficiary.replaceNotes(command.notes());
        if (nik != null) {
            beneficiaries.findByNik(nik).ifPresent(other -> {
                throw AlreadyRegisteredException.nik(staff.sees(other.unitId()) ? other.id() : null);
            });
        }
        long id;
        try {
            id = beneficiaries.add(beneficiary).id();
        } catch (DuplicateNikException raced) {
            // The other registration is not committed yet, so whose unit it is cannot be told.
            throw AlreadyRegisteredException.nik(null);
        }
        auditor.record(staff, AuditAction.REGISTER, id, registeredFields(command));
        return id;
    }

    /** The record, for staff of its unit; the read is audited. */
    public BeneficiaryDetails details(@NotNull @Valid Staff staff, long beneficiaryId) {
        Beneficiary beneficiary = visible(staff, beneficiaryId);
        auditor.record(staff, AuditAction.READ, beneficiaryId, BeneficiaryDetails.FIELDS);
        return details(beneficiary);
    }

    /**
     * The consent screen's figures: every field's current decision (who, when) and the history.
     * Who decided what about a person's data is itself about that person: the read is audited.
     */
    public ConsentOverview consents(@NotNull @Valid Staff staff, long beneficiaryId) {
        Beneficiary beneficiary = visible(staff, beneficiaryId);
        auditor.record(staff, AuditAction.READ, beneficiaryId, "consents");
        List<ConsentSummary> history = beneficiary.consentHistory().stream()
                .map(record -> consentSummary(beneficiaryId, record)).toList();
        List<ConsentOverview.FieldConsent> fields = new ArrayList<>();
        for (ConsentField field : ConsentField.values()) {
            ConsentSummary latest = null;
            for (ConsentSummary decision : history) {
                if (decision.field().equals(field.name())) {
                    latest = decision;
                }
            }
            fields.add(latest == null
                    ? new ConsentOverview.FieldConsent(field.name(), false, false, false, null, null)
                    : new ConsentOverview.FieldConsent(field.name(), latest.granted(), true, latest.guardianConsent(),
                            latest.recordedBy(), latest.recordedAt()));
        }
        return new ConsentOverview(String.valueOf(beneficiaryId), beneficiary.isMinorOn(LocalDate.now(clock)),
                fields, history);
    }

    /**
     * By NIK (all 16 digits) or by a part of the name, among the people the caller may see; every
     * result is audited as seen. The search words are not kept anywhere: they may be a NIK.
     */
    public List<BeneficiarySummary> search(@NotNull @Valid Staff staff,
                                           @NotBlank @Size(min = 2, max = 160) String q) {
        String words = q.strip();
        List<Beneficiary> found = words.matches(NIK_DIGITS)
                ? beneficiaries.findByNik(new Nik(words)).filter(b -> staff.sees(b.unitId())).stream().toList()
                : beneficiaries.searchByName(words, staff.scopeOf(null), SEARCH_LIMIT);
        for (Beneficiary beneficiary : found) {
            auditor.record(staff, AuditAction.SEARCH, beneficiary.id(), BeneficiarySummary.FIELDS);
        }
        return found.stream().map(BeneficiaryService::summary).toList();
    }

    /**
     * Records a grant or a withdrawal of consent for one public field. A withdrawal takes the
     * field off the public maker profile (pages, JSON, search index) before this returns.
     */
    public ConsentSummary decideConsent(@NotNull @Valid Staff staff, long beneficiaryId,
                                        @NotNull @Valid ConsentDecision decision) {
        Beneficiary beneficiary = beneficiaries.getForChange(beneficiaryId);
        staff.requireAccessTo(beneficiary.unitId());
        ConsentRecord recorded = decision.granted()
                ? beneficiary.grantConsent(decision.field(), Boolean.TRUE.equals(decision.guardianConsent()),
                        staff.username(), clock)
                : beneficiary.withdrawConsent(decision.field(), staff.username(), clock);
        auditor.record(staff, AuditAction.CONSENT, beneficiaryId, "consent." + decision.field().name());
        if (!decision.granted()) {
            makerProfiles.withdraw(BeneficiaryRef.of(beneficiaryId), decision.field());
        }
        return consentSummary(beneficiaryId, recorded);
    }

    private static ConsentSummary consentSummary(long beneficiaryId, ConsentRecord recorded) {
        return new ConsentSummary(String.valueOf(beneficiaryId), recorded.sequence(), recorded.field().name(),
                recorded.granted(), recorded.guardianConsent(), recorded.recordedBy(), recorded.recordedAt());
    }

    /**
     * Creates (or refreshes) the beneficiary's public maker profile with the consented fields only.
     *
     * @throws ConsentMissingException without consent to show a display name
     */
    public MakerProfileSummary publishMakerProfile(@NotNull @Valid Staff staff, long beneficiaryId,
                                                   @NotNull @Valid NewMakerProfile request) {
        Beneficiary beneficiary = visible(staff, beneficiaryId);
        if (!beneficiary.isGranted(ConsentField.DISPLAY_NAME)) {
            throw new ConsentMissingException(ConsentField.DISPLAY_NAME);
        }
        PublicFields fields = consentedFields(beneficiary, request);
        long makerId = makerProfiles.publish(BeneficiaryRef.of(beneficiaryId), beneficiary.unitId(), fields);
        auditor.record(staff, AuditAction.PUBLISH, beneficiaryId, publishedFields(fields));
        return new MakerProfileSummary(String.valueOf(makerId), String.valueOf(beneficiaryId), fields.displayName(),
                fields.story(), fields.region(), fields.showPhoto());
    }

    private PublicFields consentedFields(Beneficiary beneficiary, NewMakerProfile request) {
        String region = null;
        if (beneficiary.isGranted(ConsentField.REGION)) {
            region = request.region() != null && !request.region().isBlank()
                    ? request.region().strip()
                    : units.find(beneficiary.unitId()).map(Unit::region).orElse(null);
        }
        String story = beneficiary.isGranted(ConsentField.STORY) && request.story() != null && !request.story().isBlank()
                ? request.story().strip() : null;
        boolean photo = beneficiary.isGranted(ConsentField.PHOTO) && Boolean.TRUE.equals(request.showPhoto());
        return new PublicFields(request.displayName().strip(), story, region, photo);
    }

    private static List<String> publishedFields(PublicFields fields) {
        Map<String, Boolean> shown = new LinkedHashMap<>();
        shown.put("displayName", true);
        shown.put("story", fields.story() != null);
        shown.put("region", fields.region() != null);
        shown.put("photo", fields.showPhoto());
        return shown.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    private static List<String> registeredFields(RegisterBeneficiary command) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", command.fullName());
        values.put("nik", command.nik());
        values.put("gender", command.gender());
        values.put("birthDate", command.birthDate());
        values.put("cluster", command.cluster());
        values.put("guardianName", command.guardianName());
        values.put("address", command.address());
        values.put("phone", command.phone());
        values.put("notes", command.notes());
        return values.entrySet().stream()
                .filter(e -> e.getValue() != null && !(e.getValue() instanceof String s && s.isBlank()))
                .map(Map.Entry::getKey).toList();
    }

    private Beneficiary visible(Staff staff, long beneficiaryId) {
        Beneficiary beneficiary = beneficiaries.get(beneficiaryId);
        staff.requireAccessTo(beneficiary.unitId());
        return beneficiary;
    }

    private static BeneficiaryDetails details(Beneficiary b) {
        Map<String, Boolean> consents = new LinkedHashMap<>();
        for (ConsentField field : ConsentField.values()) {
            consents.put(field.name(), b.isGranted(field));
        }
        return new BeneficiaryDetails(String.valueOf(b.id()), String.valueOf(b.unitId()), b.fullName(),
                b.nik().map(Nik::masked).orElse(null), b.gender().name(), b.birthDate(), b.cluster().name(),
                b.address().orElse(null), b.phone().orElse(null), b.guardianName().orElse(null),
                b.notes().orElse(null), consents);
    }

    static BeneficiarySummary summary(Beneficiary b) {
        return new BeneficiarySummary(String.valueOf(b.id()), String.valueOf(b.unitId()), b.fullName(),
                b.nik().map(Nik::masked).orElse(null), b.gender().name(), b.birthDate(), b.cluster().name());
    }
}
