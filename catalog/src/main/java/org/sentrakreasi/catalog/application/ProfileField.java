package org.sentrakreasi.catalog.application;

/** A field of a maker profile that is shown only with the person's consent, each on its own. */
public enum ProfileField {
    DISPLAY_NAME, PHOTO, STORY, REGION
}
