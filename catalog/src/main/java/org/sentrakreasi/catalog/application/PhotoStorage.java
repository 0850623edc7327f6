package org.sentrakreasi.catalog.application;

import java.io.IOException;

/** Port: where product photos are kept (a folder by default; an object store in production can replace it). */
public interface PhotoStorage {

    void save(String name, byte[] content) throws IOException;

    void delete(String name) throws IOException;
}
