package org.sentrakreasi.vocational.domain;

/** What a beneficiary may allow to be shown publicly, each consented to on its own. */
public enum ConsentField {
    DISPLAY_NAME, PHOTO, STORY, REGION
}
