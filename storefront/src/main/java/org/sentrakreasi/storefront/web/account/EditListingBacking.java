package org.sentrakreasi.storefront.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sentrakreasi.catalog.application.CatalogQueries;
import org.sentrakreasi.catalog.application.CategorySummary;
import org.sentrakreasi.catalog.application.ConcurrentChangeException;
import org.sentrakreasi.catalog.application.InvalidListingException;
import org.sentrakreasi.catalog.domain.Product;
import org.sentrakreasi.catalog.domain.ProductStateException;
import org.sentrakreasi.catalog.application.ListingForm;
import org.sentrakreasi.catalog.application.ListingQueries;
import org.sentrakreasi.catalog.application.ListingService;
import org.sentrakreasi.catalog.application.ManagedProduct;
import org.sentrakreasi.catalog.application.PhotoProcessing;
import org.sentrakreasi.catalog.application.NotPermittedException;
import org.sentrakreasi.catalog.application.ProductPhotos;
import org.sentrakreasi.catalog.application.UnsupportedPhotoException;
import org.primefaces.event.FileUploadEvent;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.web.FieldErrors;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.Messages;

/**
 * The listing form (akun/produk/edit.xhtml): a new draft, or changes to an existing listing, then
 * "send for review". Validation comes from the same ListingForm constraints as the API.
 */
@Named
@ViewScoped
public class EditListingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where photo problems are shown: next to the upload, which is far below the form's summary. */
    private static final String PHOTO_FIELD = "listing:photo";

    /** The form's input of each ListingForm field. */
    private static final Map<String, String> FORM_FIELDS = Map.of("name", "listing:name", "category", "listing:category",
            "price", "listing:price", "stock", "listing:stock", "makerId", "listing:maker",
            "description", "listing:description", "materials", "listing:materials", "story", "listing:story");

    @Inject
    transient ListingService listings;

    @Inject
    transient ListingQueries queries;

    @Inject
    transient CatalogQueries catalog;

    @Inject
    transient CurrentActor actor;

    @Inject
    transient LanguageBacking language;

    @Inject
    transient Messages messages;

    @Inject
    transient ProductPhotos photos;

    private List<String> images = List.of();

    private String id;
    private long version;
    private String status;
    private String rejectionReason;
    private String name;
    private String description;
    private String story;
    private String materials;
    private String category;
    private Long price;
    private Integer stock;
    /** Chosen on a new listing only: revising a listing keeps its maker (ListingService.revise). */
    private String makerId;
    private String makerName;

    /** f:viewAction: loads the listing named by ?id=, or starts a new one. */
    public void load() {
        if (id == null || id.isBlank()) {
            stock = 1;
            return;
        }
        show(queries.listing(actor.get(), id));
    }

    /** Synchronized: the two posts of a double click restore the same view, and this bean with it. */
    public synchronized void save() throws IOException {
        if (id == null) {
            ManagedProduct created = saved(this::create);
            if (created != null) {
                // From now on this form is that listing: sent again (Back, then Save; a double click)
                // it saves the same listing instead of making a second one.
                show(created);
                // A new listing gets its own address (and the photo section) right away.
                messages.info("listing.saved");
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + "/akun/produk/edit.xhtml?id=" + created.id());
            }
            return;
        }
        if (revised()) {
            messages.info("listing.saved");
        }
    }

    /** Saves what is typed, then sends the listing for review: what the maker sees is what is reviewed. */
    public void submit() {
        if (!revised()) {
            return;
        }
        try {
            show(listings.submit(actor.get(), id));
            messages.info("listing.submitted");
        } catch (ProductStateException e) {
            messages.error("listing.changedMeanwhile");
        }
    }

    /**
     * A coordinator's new listing for a maker of another unit is refused as not permitted (403 in
     * the API); on the form it is a wrong maker id like any other, said at the field, the form kept.
     * Makers always list as themselves, so for them the refusal stays an error page.
     */
    private ManagedProduct create(ListingForm form) {
        try {
            return listings.create(actor.get(), form);
        } catch (NotPermittedException anotherUnitsMaker) {
            if (isMaker()) {
                throw anotherUnitsMaker;
            }
            fieldError("makerId", anotherUnitsMaker.getMessage());
            return null;
        }
    }

    private boolean revised() {
        ManagedProduct revised = saved(form -> listings.revise(actor.get(), id, version, form));
        if (revised != null) {
            show(revised);
        }
        return revised != null;
    }

    /** The form as typed, handed to {@code change}; null after telling what is wrong, next to the field. */
    private ManagedProduct saved(Function<ListingForm, ManagedProduct> change) {
        try {
            return change.apply(new ListingForm(null, name, description, story, materials, category, price, stock, makerId));
        } catch (ConstraintViolationException e) {
            for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
                fieldError(FieldErrors.fieldOf(violation), violation.getMessage());
            }
        } catch (InvalidListingException e) {
            fieldError(e.field(), e.getMessage());
        } catch (ConcurrentChangeException | ProductStateException e) {
            messages.error("listing.changedMeanwhile");
        }
        return null;
    }

    /** Next to its field, in the page's language; a field the form does not have, in the summary. */
    private void fieldError(String field, String problem) {
        String clientId = FORM_FIELDS.get(field);
        if (clientId != null && messages.has("listing.invalid." + field)) {
            FieldErrors.show(messages, clientId, "listing.invalid." + field);
        } else {
            messages.error("listing.invalidField", messages.has("listing." + field) ? messages.text("listing." + field) : field,
                    problem);
        }
    }

    public void uploadPhoto(FileUploadEvent event) {
        try (InputStream photo = event.getFile().getInputStream()) {
            show(photos.add(actor.get(), id, photo));
            messages.info("listing.photoAdded");
        } catch (UnsupportedPhotoException e) {
            switch (e.problem()) {
                case FILE_TOO_LARGE -> messages.errorFor(PHOTO_FIELD, "listing.photoTooLarge");
                case TOO_MANY_PIXELS -> messages.errorFor(PHOTO_FIELD, "listing.photoTooManyPixels",
                        PhotoProcessing.MAX_PIXELS / 1_000_000);
                default -> messages.errorFor(PHOTO_FIELD, "listing.photoUnsupported");
            }
        } catch (InvalidListingException e) {
            if ("photo".equals(e.field())) {
                messages.errorFor(PHOTO_FIELD, "listing.photoLimit", Product.MAX_IMAGES);
            } else {
                // The service's own (English) words: for a refusal this page does not know yet.
                messages.errorFor(PHOTO_FIELD, "listing.invalidField", messages.text("listing.photos"), e.getMessage());
            }
        } catch (ConcurrentChangeException | ProductStateException e) {
            messages.errorFor(PHOTO_FIELD, "listing.changedMeanwhile");
        } catch (IOException e) {
            messages.errorFor(PHOTO_FIELD, "import.uploadFailed");
        }
    }

    public void removePhoto(int position) {
        try {
            show(photos.remove(actor.get(), id, position));
        } catch (InvalidListingException | ConcurrentChangeException | ProductStateException e) {
            messages.errorFor(PHOTO_FIELD, "listing.changedMeanwhile");
        }
    }

    /** An archived listing keeps its photos as they are (the API refuses changes with 409). */
    public boolean isPhotosChangeable() {
        return !"ARCHIVED".equals(status);
    }

    private void show(ManagedProduct product) {
        id = product.id();
        version = product.version();
        status = product.status();
        rejectionReason = product.rejectionReason();
        name = product.name();
        description = product.description();
        story = product.story();
        materials = product.materials();
        category = product.category();
        price = product.price();
        stock = product.stock();
        makerId = product.maker().id();
        makerName = product.maker().name();
        images = product.images();
    }

    public List<String> getImages() {
        return images;
    }


    public List<CategorySummary> getCategories() {
        return catalog.categories(language.getLocale());
    }

    public boolean isMaker() {
        return actor.get().role().name().equals("MAKER");
    }

    public boolean isSubmittable() {
        return "DRAFT".equals(status) || "REJECTED".equals(status);
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id == null || id.isBlank() ? null : id.strip().toLowerCase(Locale.ROOT);
    }

    public String getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getStory() {
        return story;
    }

    public void setStory(String story) {
        this.story = story;
    }

    public String getMaterials() {
        return materials;
    }

    public void setMaterials(String materials) {
        this.materials = materials;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public Long getPrice() {
        return price;
    }

    public void setPrice(Long price) {
        this.price = price;
    }

    public Integer getStock() {
        return stock;
    }

    public void setStock(Integer stock) {
        this.stock = stock;
    }

    public String getMakerId() {
        return makerId;
    }

    public void setMakerId(String makerId) {
        this.makerId = makerId;
    }

    public String getMakerName() {
        return makerName;
    }
}
