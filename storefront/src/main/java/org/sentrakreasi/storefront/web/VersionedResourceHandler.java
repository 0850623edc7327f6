package org.sentrakreasi.storefront.web;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the application's own stylesheets and scripts (those without a library, such as
 * {@code css/site.css}) a {@code v=} parameter made from their content, as PrimeFaces does for its
 * resources with its release. A changed file gets a new address, so {@link ResourceCacheFilter} can
 * let browsers keep every versioned resource for a year without them ever using a stale one.
 */
public class VersionedResourceHandler extends ResourceHandlerWrapper {

    static final String VERSION_PARAMETER = "v";
    private static final int VERSION_LENGTH = 12;

    // By resource name: the content of a deployed application does not change while it runs.
    private final Map<String, String> versions = new ConcurrentHashMap<>();

    public VersionedResourceHandler(ResourceHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Resource createResource(String resourceName) {
        return versioned(super.createResource(resourceName));
    }

    @Override
    public Resource createResource(String resourceName, String libraryName) {
        return libraryName == null ? versioned(super.createResource(resourceName, libraryName))
                : super.createResource(resourceName, libraryName);
    }

    private Resource versioned(Resource resource) {
        if (resource == null || resource.getLibraryName() != null) {
            return resource;
        }
        return new ResourceWrapper(resource) {
            @Override
            public String getRequestPath() {
                String path = super.getRequestPath();
                if (path.contains("?" + VERSION_PARAMETER + "=") || path.contains("&" + VERSION_PARAMETER + "=")) {
                    return path;
                }
                String version = versions.computeIfAbsent(getResourceName(), name -> contentHash(getWrapped()));
                return path + (path.contains("?") ? "&" : "?") + VERSION_PARAMETER + "=" + version;
            }
        };
    }

    private static String contentHash(Resource resource) {
        try (InputStream content = resource.getInputStream()) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(content.readAllBytes())).substring(0, VERSION_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource.getResourceName() + " to version it", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
