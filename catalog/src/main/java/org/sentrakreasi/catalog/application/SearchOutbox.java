package org.sentrakreasi.catalog.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Port: the transactional outbox of the search read model. Writers enqueue in their own
 * transaction; the indexer claims due entries (so two instances never work on the same entry),
 * then completes or reschedules them.
 */
public interface SearchOutbox {

    /** Records that a product's public face may have changed; joins the caller's transaction. */
    void productChanged(long productId);

    /**
     * {@link #productChanged} for many products at once (bulk imports), in as few statements as
     * possible. The products must already be written in this transaction (flushed).
     */
    void productsChanged(Collection<Long> productIds);

    /**
     * Claims up to {@code limit} due, unclaimed entries until {@code leaseEnd}. {@code claimToken}
     * must be unique per call: the entries claimed are those carrying it. Entries of a product whose
     * other entry is claimed and not yet expired stay unclaimed, so one product is indexed by one
     * worker at a time.
     */
    List<OutboxEntryView> claim(String claimToken, int limit, Instant now, Instant leaseEnd);

    void complete(Collection<Long> entryIds);

    /** Releases failed entries for a later attempt, {@code backoff} from now. */
    void retryLater(Collection<Long> entryIds, String error, Instant now, Duration backoff);

    long pending();

    /** One claimed outbox entry. */
    record OutboxEntryView(long id, long productId, int attempts) {
    }
}
