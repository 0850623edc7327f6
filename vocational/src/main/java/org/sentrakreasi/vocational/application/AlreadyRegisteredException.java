package org.sentrakreasi.vocational.application;

import org.sentrakreasi.vocational.domain.VocationalConflictException;

/**
 * Something unique exists already: a unit code, a programme name, a NIK. For a NIK the message
 * says only that (no id, no name) unless the caller may see the other record, so that a
 * coordinator cannot find out who is registered in another unit.
 */
public class AlreadyRegisteredException extends VocationalConflictException {

    public AlreadyRegisteredException(String message) {
        super(message);
    }

    static AlreadyRegisteredException nik(Long visibleBeneficiaryId) {
        return new AlreadyRegisteredException(visibleBeneficiaryId == null
                ? "NIK already registered"
                : "NIK already registered, as beneficiary " + visibleBeneficiaryId);
    }
}
