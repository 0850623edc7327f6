package org.sentrakreasi.vocational.domain;

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

    /** The one registered with that NIK (a NIK is unique), to avoid registering a person twice. */
    Optional<Beneficiary> findByNik(Nik nik);

    /** Keeps a new beneficiary and gives it its id; changes to a loaded one are saved with the transaction. */
    Beneficiary add(Beneficiary beneficiary);
}
