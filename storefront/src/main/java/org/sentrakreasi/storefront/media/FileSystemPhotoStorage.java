package org.sentrakreasi.storefront.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sentrakreasi.catalog.application.PhotoStorage;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * Photos as files in {@code <data dir>/media/products}, where MediaServlet serves them. Written to a
 * temporary name first and moved into place, so that a half-written file is never served.
 */
@ApplicationScoped
public class FileSystemPhotoStorage implements PhotoStorage {

    @Inject
    DataDirectory dataDirectory;

    @Override
    public void save(String name, byte[] content) throws IOException {
        Path folder = dataDirectory.productMedia();
        Path temporary = Files.createTempFile(folder, ".upload-", ".tmp");
        Files.write(temporary, content);
        Files.move(temporary, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void delete(String name) throws IOException {
        Files.deleteIfExists(dataDirectory.productMedia().resolve(name));
    }
}
