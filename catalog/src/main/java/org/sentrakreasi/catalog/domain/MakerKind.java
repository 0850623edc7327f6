package org.sentrakreasi.catalog.domain;

/** One person, or a joint-business group (KUBE, Kelompok Usaha Bersama). */
public enum MakerKind {
    PERSON, KUBE
}
