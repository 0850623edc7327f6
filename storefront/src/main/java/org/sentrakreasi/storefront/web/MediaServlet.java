package org.sentrakreasi.storefront.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.sentrakreasi.storefront.config.DataDirectory;

/**
 * Product photos from the data directory. File names are immutable (a new photo gets a new name),
 * so they are cached for a year and revalidated by ETag.
 */
@WebServlet(urlPatterns = "/media/products/*")
public class MediaServlet extends HttpServlet {

    private static final String SAFE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,199}";

    @Inject
    DataDirectory dataDirectory;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        if (!name.matches(SAFE_NAME) || name.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path file = dataDirectory.productMedia().resolve(name);
        if (!Files.isRegularFile(file)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        String etag = "\"" + Long.toHexString(attributes.size()) + "-"
                + Long.toHexString(attributes.lastModifiedTime().toMillis()) + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        String type = Files.probeContentType(file);
        response.setContentType(type == null ? contentTypeOf(name) : type);
        response.setContentLengthLong(attributes.size());
        Files.copy(file, response.getOutputStream());
    }

    private static String contentTypeOf(String name) {
        if (name.endsWith(".png")) {
            return "image/png";
        }
        if (name.endsWith(".webp")) {
            return "image/webp";
        }
        return "image/jpeg";
    }
}
