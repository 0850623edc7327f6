package org.sentrakreasi.catalog.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.sentrakreasi.catalog.domain.ListingFilter;
import org.sentrakreasi.catalog.domain.ProductRepository;
import org.sentrakreasi.catalog.domain.ProductStatus;

/** Read side of the back office: listings in every status, scoped to what the actor may manage. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ListingQueries {

    private ProductRepository products;

    protected ListingQueries() {
        // for CDI proxies
    }

    @Inject
    public ListingQueries(ProductRepository products) {
        this.products = products;
    }

    /**
     * @param status a status name (DRAFT, SUBMITTED, PUBLISHED, REJECTED, ARCHIVED) or null for all
     * @throws InvalidListingException for an unknown status name
     */
    public ManagedPage listings(@NotNull Actor actor, String status, String text,
                                @Min(0) int page, @Min(1) @Max(ProductQuery.MAX_SIZE) int size) {
        ListingFilter filter = new ListingFilter(
                actor.role() == Actor.Role.COORDINATOR ? actor.unitId() : null,
                actor.role() == Actor.Role.MAKER ? actor.makerId() : null,
                parseStatus(status),
                text == null || text.isBlank() ? null : text.strip());
        long total = products.count(filter);
        // In long: a page far past the end must give an empty page, not an overflowed offset.
        long offset = (long) page * size;
        return new ManagedPage(total, page, size, offset >= total ? List.of()
                : products.list(filter, (int) offset, size).stream().map(ProductViews::managed).toList());
    }

    /** One listing in any status; another maker's or unit's listing is refused. */
    public ManagedProduct listing(@NotNull Actor actor, String id) {
        return ProductViews.managed(ProductAccess.manageable(products, actor, id));
    }

    /** How many listings wait for moderation in the actor's scope. */
    public long awaitingModeration(@NotNull Actor actor) {
        return listings(actor, ProductStatus.SUBMITTED.name(), null, 0, 1).total();
    }

    private static ProductStatus parseStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(ProductStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.strip()))
                .findFirst()
                .orElseThrow(() -> new InvalidListingException("status", "must be one of "
                        + Arrays.stream(ProductStatus.values()).map(Enum::name).collect(Collectors.joining(", "))));
    }

}
