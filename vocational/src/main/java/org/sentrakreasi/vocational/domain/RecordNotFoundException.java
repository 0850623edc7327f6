package org.sentrakreasi.vocational.domain;

/** No programme, cohort or beneficiary with that id, or none the caller may see. */
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException(String kind, long id) {
        super("No " + kind + " with id " + id);
    }
}
