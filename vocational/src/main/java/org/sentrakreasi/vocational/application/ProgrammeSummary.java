package org.sentrakreasi.vocational.application;

/** A programme as the API shows it (API.md: {"id","name","description"}). */
public record ProgrammeSummary(String id, String name, String description) {
}
