package org.sentrakreasi.storefront.web.shop;

/** One value of a search filter as a link: choosing it, or (when selected) taking it off again. */
public record FacetLink(String label, long count, String href, boolean selected) {
}
