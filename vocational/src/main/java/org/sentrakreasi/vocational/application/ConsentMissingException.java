package org.sentrakreasi.vocational.application;

import org.sentrakreasi.vocational.domain.ConsentField;
import org.sentrakreasi.vocational.domain.VocationalConflictException;

/** A public profile was asked for without the consent it needs: record the consent first (409). */
public class ConsentMissingException extends VocationalConflictException {

    public ConsentMissingException(ConsentField field) {
        super("No consent to show " + field + " is recorded: record it before publishing a maker profile");
    }
}
