package org.sentrakreasi.vocational.domain;

/** Gender as recorded on the identity card (KTP); it shapes the NIK, see {@link Nik}. */
public enum Gender {
    F, M
}
