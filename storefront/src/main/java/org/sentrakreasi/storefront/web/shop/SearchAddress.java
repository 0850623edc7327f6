package org.sentrakreasi.storefront.web.shop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sentrakreasi.storefront.web.QueryStrings;

/**
 * The address of a search page with its filters, sort and page in the query, so that a result is
 * shareable and the back button works. Immutable: each link is a changed copy.
 */
final class SearchAddress {

    static final String PAGE = "page";

    private final String path;
    private final Map<String, String> parameters;

    SearchAddress(String path, Map<String, String> parameters) {
        this.path = path;
        this.parameters = new LinkedHashMap<>(parameters);
        this.parameters.values().removeIf(value -> value == null || value.isEmpty());
    }

    /** With this parameter set (or taken off, for null), back on the first page: the results changed. */
    SearchAddress with(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(name, value);
        changed.remove(PAGE);
        return new SearchAddress(path, changed);
    }

    SearchAddress without(String... names) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        for (String name : names) {
            changed.remove(name);
        }
        changed.remove(PAGE);
        return new SearchAddress(path, changed);
    }

    /** The same results on another page (counted from 1; the first page has no page parameter). */
    SearchAddress page(int number) {
        Map<String, String> changed = new LinkedHashMap<>(parameters);
        changed.put(PAGE, number <= 1 ? null : String.valueOf(number));
        return new SearchAddress(path, changed);
    }

    /** The parameters but these, for the hidden fields of a form that sets one of them. */
    Map<String, String> parametersWithout(String... names) {
        Map<String, String> kept = new LinkedHashMap<>(parameters);
        for (String name : names) {
            kept.remove(name);
        }
        return kept;
    }

    boolean hasAnyOf(String... names) {
        for (String name : names) {
            if (parameters.containsKey(name)) {
                return true;
            }
        }
        return false;
    }

    String path() {
        return path;
    }

    @Override
    public String toString() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((name, value) -> query.put(name, List.of(value)));
        return query.isEmpty() ? path : path + "?" + QueryStrings.format(query);
    }
}
