package org.sentrakreasi.vocational.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Test data: a beneficiary whose NIK, unless told otherwise, agrees with the birth date and gender. */
final class BeneficiaryBuilder {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private long unitId = 1;
    private String fullName = "Siti Aminah";
    private Gender gender = Gender.F;
    private LocalDate birthDate = LocalDate.of(1990, 5, 17);
    private Cluster cluster = Cluster.PENYANDANG_DISABILITAS;
    private String guardianName;
    private String nik;
    private boolean withoutNik;

    static BeneficiaryBuilder aBeneficiary() {
        return new BeneficiaryBuilder();
    }

    /** A clock standing at nine in the morning, Jakarta time, of that day. */
    static Clock clockAt(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).atZone(WIB).toInstant(), WIB);
    }

    static Clock clockAt(Instant instant) {
        return Clock.fixed(instant, WIB);
    }

    /** A NIK from Kota Semarang encoding that birth date and gender. */
    static String nikFor(LocalDate birthDate, Gender gender, String serial) {
        int day = birthDate.getDayOfMonth() + (gender == Gender.F ? 40 : 0);
        return "337401" + String.format("%02d", day) + birthDate.format(DateTimeFormatter.ofPattern("MMyy")) + serial;
    }

    BeneficiaryBuilder named(String name) {
        this.fullName = name;
        return this;
    }

    BeneficiaryBuilder male() {
        this.gender = Gender.M;
        return this;
    }

    BeneficiaryBuilder bornOn(LocalDate date) {
        this.birthDate = date;
        return this;
    }

    BeneficiaryBuilder guardedBy(String name) {
        this.guardianName = name;
        return this;
    }

    BeneficiaryBuilder withNik(String digits) {
        this.nik = digits;
        return this;
    }

    BeneficiaryBuilder withoutNik() {
        this.withoutNik = true;
        return this;
    }

    BeneficiaryBuilder inCluster(Cluster newCluster) {
        this.cluster = newCluster;
        return this;
    }

    Beneficiary registeredOn(LocalDate today) {
        return registeredAt(clockAt(today));
    }

    Beneficiary registeredAt(Clock clock) {
        Nik identity = withoutNik ? null : Nik.of(nik != null ? nik : nikFor(birthDate, gender, "0001"));
        return new Beneficiary(unitId, fullName, identity, gender, birthDate, cluster, guardianName, clock);
    }
}
