/**
 * Vocational aggregates, their rules and repository ports; no framework code beyond JPA mapping.
 * Aggregates: {@link org.sentrakreasi.vocational.domain.Unit}, {@link org.sentrakreasi.vocational.domain.Programme},
 * {@link org.sentrakreasi.vocational.domain.Cohort} (with its enrolments, sessions, attendance, competency
 * assessments and follow-ups) and {@link org.sentrakreasi.vocational.domain.Beneficiary} (private data, with
 * its consent history); they refer to each other by id.
 * <p>
 * Refusals come in two kinds: {@link org.sentrakreasi.vocational.domain.InvalidValueException} for a wrong
 * input value, naming the field (400), and the subclasses of
 * {@link org.sentrakreasi.vocational.domain.VocationalConflictException} for what the current state does
 * not allow (409). Neither repeats a beneficiary's private data, nor does any {@code toString}.
 */
package org.sentrakreasi.vocational.domain;
