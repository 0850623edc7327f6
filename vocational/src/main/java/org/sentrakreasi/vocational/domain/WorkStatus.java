package org.sentrakreasi.vocational.domain;

/** What a graduate does for a living at a follow-up. */
public enum WorkStatus {
    /** Runs an own business, alone or in a KUBE. */
    WIRAUSAHA,
    /** Employed by someone else. */
    BEKERJA,
    /** Not (yet) working. */
    BELUM_BEKERJA,
    LAINNYA
}
