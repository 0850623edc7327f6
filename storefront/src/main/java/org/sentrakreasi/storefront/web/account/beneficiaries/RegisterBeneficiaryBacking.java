package org.sentrakreasi.storefront.web.account.beneficiaries;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.AlreadyRegisteredException;
import org.sentrakreasi.vocational.application.BeneficiaryService;
import org.sentrakreasi.vocational.application.RegisterBeneficiary;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.application.UnitSummary;
import org.sentrakreasi.vocational.domain.InvalidValueException;

/**
 * The registration form on akun/penerima/index.xhtml. The rules (NIK agreeing with the birth date,
 * a guardian for a minor) are the service's; their refusals are shown next to the field they name.
 * A coordinator registers with the own unit; an admin picks one.
 */
@Named
@RequestScoped
public class RegisterBeneficiaryBacking {

    /** The form's fields, with the ids the service names them by; {@code unitId} is the "unit" menu. */
    private static final Set<String> FIELDS = Set.of("fullName", "nik", "gender", "birthDate", "cluster", "unitId",
            "guardianName", "guardianConsent", "address", "phone", "notes");

    @Inject
    BeneficiaryService beneficiaries;

    @Inject
    UnitService units;

    @Inject
    CurrentStaff staff;

    @Inject
    Messages messages;

    private String fullName;
    private String nik;
    private String gender;
    private LocalDate birthDate;
    private String cluster;
    private Long unitId;
    private String address;
    private String phone;
    private String guardianName;
    private boolean guardianConsent;
    private String notes;

    public void register() throws IOException {
        try {
            long id = beneficiaries.register(staff.get(), RegisterBeneficiary.fromForm(fullName, nik, gender, birthDate,
                    cluster, isAdmin() ? unitId : staff.get().unitId(), guardianName, guardianConsent, address, phone,
                    notes));
            messages.info("beneficiary.registered");
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.getFlash().setKeepMessages(true);
            // The opaque id only: nothing private in the address.
            external.redirect(external.getRequestContextPath() + "/akun/penerima/detail.xhtml?id=" + id);
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                fieldError(FieldErrors.fieldOf(violation));
            }
        } catch (InvalidValueException e) {
            fieldError(e.field());
        } catch (AlreadyRegisteredException e) {
            // Whose NIK it is stays unsaid: it may belong to another unit's beneficiary.
            FieldErrors.show(messages, "register:nik", "beneficiary.duplicateNik");
        }
    }

    private void fieldError(String field) {
        if (FIELDS.contains(field)) {
            FieldErrors.show(messages, "register:" + ("unitId".equals(field) ? "unit" : field), "beneficiary.invalid." + field);
        } else {
            messages.error("beneficiary.invalid");
        }
    }


    public boolean isAdmin() {
        return staff.get().isAdmin();
    }

    public List<UnitSummary> getUnits() {
        return units.all();
    }

    public List<String> getGenders() {
        return RegisterBeneficiary.GENDERS;
    }

    public List<String> getClusters() {
        return RegisterBeneficiary.CLUSTERS;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getNik() {
        return nik;
    }

    public void setNik(String nik) {
        this.nik = nik;
    }

    public String getGender() {
        return gender;
    }

    public void setGender(String gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getCluster() {
        return cluster;
    }

    public void setCluster(String cluster) {
        this.cluster = cluster;
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getGuardianName() {
        return guardianName;
    }

    public void setGuardianName(String guardianName) {
        this.guardianName = guardianName;
    }

    public boolean isGuardianConsent() {
        return guardianConsent;
    }

    public void setGuardianConsent(boolean guardianConsent) {
        this.guardianConsent = guardianConsent;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }
}
