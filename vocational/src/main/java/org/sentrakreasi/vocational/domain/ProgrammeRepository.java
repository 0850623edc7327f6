package org.sentrakreasi.vocational.domain;

import java.util.List;
import java.util.Optional;

/** Port: where programmes are kept. */
public interface ProgrammeRepository {

    Optional<Programme> find(long id);

    /** @throws RecordNotFoundException when absent */
    default Programme get(long id) {
        return find(id).orElseThrow(() -> new RecordNotFoundException("programme", id));
    }

    /** The programme of that name (names are unique, compared as given). */
    Optional<Programme> findByName(String name);

    /** Every programme, by name. */
    List<Programme> all();

    /**
     * Keeps a new programme and gives it its id; changes to a loaded one are saved with the transaction.
     *
     * @throws DuplicateKeyException when the name was taken by another request at the same moment
     */
    Programme add(Programme programme);
}
