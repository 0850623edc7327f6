package org.sentrakreasi.vocational.domain;

/** Outcome of a competency assessment in the national (BNSP/LSP) scheme. */
public enum AssessmentResult {
    KOMPETEN, BELUM_KOMPETEN
}
