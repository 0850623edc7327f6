package org.sentrakreasi.catalog.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.sentrakreasi.catalog.application.SearchOutbox;

/** {@link SearchOutbox} in a map, enough for the indexer to claim, complete and retry entries. */
public final class InMemorySearchOutbox implements SearchOutbox {

    private record Entry(long productId, int attempts, Instant due, String claim) {
    }

    private final Map<Long, Entry> entries = new TreeMap<>();
    private long nextId = 1;

    @Override
    public void productChanged(long productId) {
        entries.put(nextId++, new Entry(productId, 0, Instant.MIN, null));
    }

    @Override
    public void productsChanged(Collection<Long> productIds) {
        productIds.forEach(this::productChanged);
    }

    @Override
    public List<OutboxEntryView> claim(String claimToken, int limit, Instant now, Instant leaseEnd) {
        List<OutboxEntryView> claimed = new ArrayList<>();
        entries.forEach((id, e) -> {
            if (claimed.size() < limit && e.claim() == null && !e.due().isAfter(now)) {
                entries.put(id, new Entry(e.productId(), e.attempts(), e.due(), claimToken));
                claimed.add(new OutboxEntryView(id, e.productId(), e.attempts()));
            }
        });
        return claimed;
    }

    @Override
    public void complete(Collection<Long> entryIds) {
        entryIds.forEach(entries::remove);
    }

    @Override
    public void retryLater(Collection<Long> entryIds, String error, Instant now, Duration backoff) {
        for (Long id : entryIds) {
            Entry e = entries.get(id);
            entries.put(id, new Entry(e.productId(), e.attempts() + 1, now.plus(backoff), null));
        }
    }

    @Override
    public long pending() {
        return entries.size();
    }

    /** When each waiting entry is due, in the order they were enqueued: later after a failed attempt. */
    public List<Instant> dueTimes() {
        return entries.values().stream().map(Entry::due).toList();
    }

    /** The products with an entry waiting, in the order they were enqueued. */
    public List<Long> pendingProductIds() {
        return entries.values().stream().map(Entry::productId).toList();
    }
}
