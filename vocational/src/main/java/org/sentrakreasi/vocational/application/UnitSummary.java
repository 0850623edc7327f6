package org.sentrakreasi.vocational.application;

/** A unit as the API shows it (API.md: {"id","code","name","type","region"}). */
public record UnitSummary(String id, String code, String name, String type, String region) {
}
