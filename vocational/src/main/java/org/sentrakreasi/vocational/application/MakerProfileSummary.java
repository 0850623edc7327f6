package org.sentrakreasi.vocational.application;

/** The public maker profile as published: consented fields only (others null, or showPhoto false). */
public record MakerProfileSummary(String makerId, String beneficiaryId, String displayName, String story,
                                  String region, boolean showPhoto) {
}
