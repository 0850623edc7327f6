package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** Reading the audit log: admins only, since it says whom staff looked at. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {

    public static final int DEFAULT_SIZE = 50;

    private AuditLog log;

    protected AuditQueries() {
        // for CDI proxies
    }

    @Inject
    public AuditQueries(AuditLog log) {
        this.log = log;
    }

    public AuditPage page(@NotNull Staff staff, Long beneficiaryId, @Min(0) int page, @Min(1) @Max(200) int size) {
        staff.requireAdmin();
        long total = log.count(beneficiaryId);
        // In long: a page far past the end is an empty page, not an overflowed offset.
        if ((long) page * size >= total) {
            return new AuditPage(total, page, size, List.of());
        }
        return new AuditPage(total, page, size, log.page(beneficiaryId, page, size).stream()
                .map(e -> new AuditEntrySummary(e.at(), e.username(), e.role(), e.action().name(),
                        String.valueOf(e.beneficiaryId()), e.fields()))
                .toList());
    }
}
