package org.sentrakreasi.storefront.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The folder that holds the embedded database, uploaded media and the search index. */
@ApplicationScoped
public class DataDirectory {

    private Path root;

    protected DataDirectory() {
        // for CDI proxies
    }

    @Inject
    public DataDirectory(@ConfigProperty(name = ConfigKeys.DATA_DIR) String dataDir) {
        this.root = Path.of(dataDir).toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A sub-folder, created when missing. */
    public Path folder(String name) {
        Path folder = root.resolve(name);
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + folder, e);
        }
    }

    public Path productMedia() {
        return folder("media/products");
    }
}
