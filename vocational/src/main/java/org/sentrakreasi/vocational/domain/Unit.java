package org.sentrakreasi.vocational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.Objects;

/** A Balai, Loka or LKS that runs cohorts; coordinators are bound to one. */
@Entity
@Table(name = "unit")
public class Unit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "type", nullable = false, length = 10)
    private UnitType type;

    @Column(name = "region", nullable = false, length = 120)
    private String region;

    protected Unit() {
    }

    public Unit(String code, String name, UnitType type, String region) {
        this.code = Objects.requireNonNull(code, "code").strip().toUpperCase(Locale.ROOT);
        this.name = Objects.requireNonNull(name, "name").strip();
        this.type = Objects.requireNonNull(type, "type");
        this.region = Objects.requireNonNull(region, "region").strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public UnitType type() {
        return type;
    }

    public String region() {
        return region;
    }
}
