package org.sentrakreasi.vocational.application;

/**
 * The opaque reference the public side (the catalog's maker profile) knows a beneficiary by: the
 * id as text, e.g. "42". It reveals nothing private and leads nowhere without a staff account.
 */
final class BeneficiaryRef {

    private BeneficiaryRef() {
    }

    static String of(long beneficiaryId) {
        return String.valueOf(beneficiaryId);
    }
}
