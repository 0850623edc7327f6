package org.sentrakreasi.catalog.testing;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.sentrakreasi.catalog.application.PhotoStorage;

/** {@link PhotoStorage} in a map: what is stored is what would be served. */
public final class InMemoryPhotoStorage implements PhotoStorage {

    private final Map<String, byte[]> files = new TreeMap<>();

    @Override
    public void save(String name, byte[] content) {
        files.put(name, content.clone());
    }

    @Override
    public void delete(String name) {
        files.remove(name);
    }

    public Set<String> names() {
        return files.keySet();
    }
}
