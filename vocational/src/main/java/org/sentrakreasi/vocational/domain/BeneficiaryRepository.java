package org.sentrakreasi.vocational.domain;

import java.util.List;
import java.util.Optional;

/**
 * Port: where beneficiaries are kept. Reads and writes of their private data are audited by the
 * application layer (who, when, what), not here.
 */
public interface BeneficiaryRepository {

    Optional<Beneficiary> find(long id);

    /** @throws RecordNotFoundException when absent */
    default Beneficiary get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("beneficiary", id));
    }

    /**
     * The beneficiary, held for this transaction's change: another transaction that asks the same
     * waits until this one ends. Consent decisions are numbered one after another per person, and
     * two at the same moment must not take the same number.
     *
     * @throws RecordNotFoundException when absent
     */
    Beneficiary getForChange(long id);

    /** The one registered with that NIK (a NIK is unique), to avoid registering a person twice. */
    Optional<Beneficiary> findByNik(Nik nik);

    /**
     * Those whose full name contains {@code nameFragment} (ignoring case), by name, at most
     * {@code limit}; {@code unitId} null searches every unit.
     */
    List<Beneficiary> searchByName(String nameFragment, Long unitId, int limit);

    /**
     * Keeps a new beneficiary and gives it its id; changes to a loaded one are saved with the transaction.
     *
     * @throws DuplicateNikException when another record holds the same NIK (a registration raced this one)
     */
    Beneficiary add(Beneficiary beneficiary);
}
