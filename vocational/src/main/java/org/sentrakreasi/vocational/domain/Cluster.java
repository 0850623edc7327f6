package org.sentrakreasi.vocational.domain;

/**
 * The ATENSI target cluster a beneficiary is served under. Specific personal data: it never
 * leaves the back office (no product says "made by a former drug user").
 */
public enum Cluster {
    ANAK,
    PENYANDANG_DISABILITAS,
    LANJUT_USIA,
    KORBAN_NAPZA,
    TUNA_SOSIAL_KORBAN_PERDAGANGAN_ORANG
}
