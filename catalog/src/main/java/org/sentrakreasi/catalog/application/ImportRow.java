package org.sentrakreasi.catalog.application;

/**
 * One well-formed line of a listing import (API.md: sku,name,description,category,price,stock,
 * maker,region,unit,status). {@code unitCode} and {@code region} may be null.
 */
public record ImportRow(long line, String sku, String name, String description, String category, long price,
                        int stock, String maker, String region, String unitCode, boolean publish) {
}
