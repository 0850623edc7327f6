package org.sentrakreasi.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One photo of a product, by the name it has in media storage. */
@Embeddable
public class ProductImage {

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    protected ProductImage() {
    }

    public ProductImage(String fileName) {
        this.fileName = fileName;
    }

    public String fileName() {
        return fileName;
    }
}
