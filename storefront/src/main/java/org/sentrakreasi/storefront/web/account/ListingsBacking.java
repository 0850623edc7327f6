package org.sentrakreasi.storefront.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.sentrakreasi.catalog.application.ListingQueries;
import org.sentrakreasi.catalog.application.ManagedPage;
import org.sentrakreasi.catalog.application.ManagedProduct;
import org.sentrakreasi.storefront.security.CurrentActor;

/**
 * The listing list of the back office: a maker's own listings, a coordinator's unit's, everything
 * for an admin. Lazily paged from the database; filter by status and by name or sku.
 */
@Named
@ViewScoped
public class ListingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingQueries queries;

    @Inject
    transient CurrentActor actor;

    private String status;
    private String text;
    private final LazyDataModel<ManagedProduct> listings = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) page(0, 1).total();
        }

        @Override
        public List<ManagedProduct> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            ManagedPage page = page(first / pageSize, pageSize);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(ManagedProduct product) {
            return product.id();
        }
    };

    private ManagedPage page(int page, int size) {
        return queries.listings(actor.get(), status, text, page, size);
    }

    public LazyDataModel<ManagedProduct> getListings() {
        return listings;
    }

    public List<String> getStatuses() {
        return List.of("DRAFT", "SUBMITTED", "PUBLISHED", "REJECTED", "ARCHIVED");
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status == null || status.isBlank() ? null : status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
