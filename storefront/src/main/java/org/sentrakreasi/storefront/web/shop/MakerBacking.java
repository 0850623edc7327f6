package org.sentrakreasi.storefront.web.shop;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.MakerProfile;
import org.sentrakreasi.storefront.web.Messages;

/**
 * A maker's public page ({@code /pengrajin/{slug}}): exactly what the catalog's public profile
 * holds (the consented fields) and the maker's published works, read at every request so that a
 * withdrawn field is gone at once.
 */
@Named
@RequestScoped
public class MakerBacking {

    @Inject
    CatalogQueries catalog;

    @Inject
    Messages messages;

    /**
     * From the address ({@code PublicAddresses} forwards it as a parameter), read when the bean is
     * made: a postback's components ask for the product before view parameters would be applied.
     */
    private String slug;
    private MakerProfile maker;

    @PostConstruct
    void readAddress() {
        slug = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("slug");
    }

    /** f:viewAction: an unknown address (also a former one, after the name was withdrawn) is the 404 page. */
    public void load() {
        maker = catalog.makerProfileBySlug(slug);
    }

    public MakerProfile getMaker() {
        return maker;
    }

    public String getMetaDescription() {
        return messages.text("shop.maker.description", maker.name(), maker.unit() == null ? "" : maker.unit().name());
    }

}
