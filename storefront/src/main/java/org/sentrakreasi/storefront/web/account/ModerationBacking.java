package org.sentrakreasi.storefront.web.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.ListingQueries;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.catalog.application.ManagedProduct;
import org.sentrakreasi.catalog.application.ProductQuery;
import org.sentrakreasi.catalog.domain.ProductStateException;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.Messages;

/** The moderation queue: submitted listings of the coordinator's unit, approved or sent back with a reason. */
@Named
@ViewScoped
public class ModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListingQueries queries;

    @Inject
    transient ListingService listings;

    @Inject
    transient CurrentActor actor;

    @Inject
    transient Messages messages;

    @Inject
    transient CatalogQueries catalog;

    @Inject
    transient LanguageBacking language;

    private List<ManagedProduct> queue;
    private String rejectingId;
    private String reason;

    public List<ManagedProduct> getQueue() {
        if (queue == null) {
            queue = queries.listings(actor.get(), "SUBMITTED", null, 0, ProductQuery.MAX_SIZE).items();
        }
        return queue;
    }

    public void approve(String id) {
        try {
            ManagedProduct published = listings.publish(actor.get(), id);
            messages.info("moderation.approved", published.name());
        } catch (ProductStateException e) {
            // Another coordinator was quicker; the refreshed queue shows the current state.
            messages.error("listing.changedMeanwhile");
        }
        queue = null;
    }

    public String categoryLabel(String code) {
        return catalog.categoryLabel(code, language.getLocale());
    }

    public void startRejecting(String id) {
        rejectingId = id;
        reason = null;
    }

    public void reject() {
        if (reason == null || reason.isBlank()) {
            messages.error("moderation.reasonRequired");
            return;
        }
        try {
            ManagedProduct rejected = listings.reject(actor.get(), rejectingId, reason.strip());
            messages.info("moderation.rejected", rejected.name());
        } catch (ProductStateException e) {
            messages.error("listing.changedMeanwhile");
        }
        rejectingId = null;
        queue = null;
    }

    public void cancelRejecting() {
        rejectingId = null;
    }

    public String getRejectingId() {
        return rejectingId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
