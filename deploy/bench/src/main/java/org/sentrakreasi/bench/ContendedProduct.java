package org.sentrakreasi.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * A product the buyers of one round compete for, listed the way a coordinator does it (API.md
 * "Catalog (staff and makers)"): a draft for a maker of the coordinator's unit, submitted, published.
 */
public final class ContendedProduct {

    private final ApiClient coordinator;
    private String makerId;

    /** @param coordinator a client signed in as a coordinator */
    public ContendedProduct(ApiClient coordinator) {
        this.coordinator = coordinator;
    }

    /** Lists and publishes a new product with this stock; returns its id. */
    public String publish(String name, int stock) throws IOException, InterruptedException {
        String listing = """
                {"name":"%s","description":"Produk uji untuk pembeli yang berebut stok terakhir",
                 "materials":"pandan","category":"anyaman","price":75000,"stock":%d,"makerId":"%s"}"""
                .formatted(name, stock, maker());
        String id = coordinator.postJson(SearchRequest.PRODUCTS, listing, 201).path("id").asText();
        coordinator.postJson(SearchRequest.PRODUCTS + "/" + id + "/submit", null, 200);
        coordinator.postJson(SearchRequest.PRODUCTS + "/" + id + "/publish", null, 200);
        return id;
    }

    /** The stock the public product page reports now. */
    public static long stockOf(ApiClient api, String productId) throws IOException, InterruptedException {
        JsonNode product = api.getJson(SearchRequest.PRODUCTS + "/" + productId);
        if (!product.has("stock")) {
            throw new IOException("GET " + SearchRequest.PRODUCTS + "/" + productId + " has no stock: " + product);
        }
        return product.path("stock").asLong();
    }

    /** A maker of the coordinator's unit: the one behind the unit's first listing (demo data has several). */
    private String maker() throws IOException, InterruptedException {
        if (makerId == null) {
            JsonNode listings = coordinator.getAuthorizedJson("/api/v1/admin/products?size=1").path("items");
            makerId = listings.path(0).path("maker").path("id").asText();
            if (makerId.isEmpty()) {
                throw new IOException("The coordinator's unit has no listing to take a maker from: " + listings);
            }
        }
        return makerId;
    }
}
