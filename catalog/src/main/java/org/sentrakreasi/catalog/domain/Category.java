package org.sentrakreasi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A product category with a stable code and a label per language. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "label_id", nullable = false)
    private String labelId;

    @Column(name = "label_en", nullable = false)
    private String labelEn;

    @Column(name = "sort_order", nullable = false)
    private int position;

    protected Category() {
    }

    public Category(String code, String labelId, String labelEn, int position) {
        this.code = code;
        this.labelId = labelId;
        this.labelEn = labelEn;
        this.position = position;
    }

    public String code() {
        return code;
    }

    /** The label in the shopper's language; Indonesian unless English was chosen. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) ? labelEn : labelId;
    }

    public int position() {
        return position;
    }
}
