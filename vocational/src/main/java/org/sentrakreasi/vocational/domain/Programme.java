package org.sentrakreasi.vocational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/**
 * A vocational skill taught in cohorts, e.g. Tata Boga, Menjahit, Batik, Kerajinan Anyaman.
 * Shared by every unit: a cohort is a programme run by a unit on given dates.
 */
@Entity
@Table(name = "programme")
public class Programme {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, unique = true, length = 120)
    private String name;

    @Column(name = "description", length = 2000)
    private String description;

    protected Programme() {
    }

    public Programme(String name, String description) {
        rename(name);
        describe(description);
    }

    public void rename(String newName) {
        this.name = Require.text(newName, "name", 120);
    }

    public void describe(String newDescription) {
        this.description = Require.optionalText(newDescription, "description", 2000);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }
}
