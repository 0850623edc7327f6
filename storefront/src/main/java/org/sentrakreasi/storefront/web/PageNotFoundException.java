package org.sentrakreasi.storefront.web;

/** A page address that names nothing (e.g. an unknown category code): the 404 page. */
public class PageNotFoundException extends RuntimeException {

    public PageNotFoundException(String address) {
        super("No page at " + address);
    }
}
