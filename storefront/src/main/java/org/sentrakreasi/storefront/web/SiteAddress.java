package org.sentrakreasi.storefront.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sentrakreasi.storefront.config.ConfigKeys;

/**
 * Absolute addresses of this site, for canonical links and Open Graph tags, which must not be
 * relative: the configured public address ({@code sentrakreasi.site.url}, e.g. behind a proxy that
 * terminates TLS), otherwise the one the request came in on.
 */
@Named("site")
@RequestScoped
public class SiteAddress {

    @Inject
    @ConfigProperty(name = ConfigKeys.SITE_URL)
    Optional<String> configured;

    /** {@code path} (from the site's root, e.g. {@code /p/tas-pandan}) as an absolute URL. */
    public String absolute(String path) {
        return root() + (path == null ? "" : path);
    }

    /** The address of this page as shoppers share it: its public path, without any query. */
    public String getCurrentPage() {
        HttpServletRequest request = request();
        return absolute(PublicAddresses.requestedPath(request));
    }

    private String root() {
        Optional<String> site = configured.map(String::strip).filter(url -> !url.isEmpty());
        if (site.isPresent()) {
            return site.get().replaceAll("/+$", "");
        }
        HttpServletRequest request = request();
        boolean defaultPort = ("http".equals(request.getScheme()) && request.getServerPort() == 80)
                || ("https".equals(request.getScheme()) && request.getServerPort() == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + request.getServerPort())
                + request.getContextPath();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }
}
