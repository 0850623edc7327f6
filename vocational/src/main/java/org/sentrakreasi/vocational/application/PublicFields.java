package org.sentrakreasi.vocational.application;

/**
 * What a beneficiary consented to show on their public maker profile: a value is null (or
 * {@code showPhoto} false) when its consent is not granted. Never carries a private field.
 */
public record PublicFields(String displayName, String story, String region, boolean showPhoto) {
}
