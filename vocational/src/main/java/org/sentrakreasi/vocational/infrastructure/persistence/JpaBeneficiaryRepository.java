package org.sentrakreasi.vocational.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sentrakreasi.vocational.domain.Beneficiary;
import org.sentrakreasi.vocational.domain.BeneficiaryRepository;
import org.sentrakreasi.vocational.domain.DuplicateKeyException;
import org.sentrakreasi.vocational.domain.DuplicateNikException;
import org.sentrakreasi.vocational.domain.Nik;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/** Beneficiaries; query parameters are bound, never logged (eclipselink.logging.parameters is off). */
@ApplicationScoped
public class JpaBeneficiaryRepository implements BeneficiaryRepository {

    @PersistenceContext(unitName = "sentrakreasi")
    private EntityManager em;

    @Override
    public Optional<Beneficiary> find(long id) {
        return Optional.ofNullable(em.find(Beneficiary.class, id));
    }

    @Override
    public Beneficiary getForChange(long id) {
        Beneficiary beneficiary = em.find(Beneficiary.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (beneficiary == null) {
            throw new RecordNotFoundException("beneficiary", id);
        }
        return beneficiary;
    }

    @Override
    public Optional<Beneficiary> findByNik(Nik nik) {
        return em.createQuery("select b from Beneficiary b where b.nik = :nik", Beneficiary.class)
                .setParameter("nik", nik.digits())
                .getResultStream().findFirst();
    }

    @Override
    public List<Beneficiary> searchByName(String nameFragment, Long unitId, int limit) {
        // The unit condition only when given: PostgreSQL cannot type a null parameter in "? is null".
        TypedQuery<Beneficiary> query = em.createQuery("select b from Beneficiary b"
                + " where lower(b.fullName) like :pattern escape '!'"
                + (unitId == null ? "" : " and b.unitId = :unitId")
                + " order by b.fullName, b.id", Beneficiary.class);
        query.setParameter("pattern", "%" + escapeLike(nameFragment.toLowerCase(Locale.ROOT)) + "%");
        if (unitId != null) {
            query.setParameter("unitId", unitId);
        }
        return query.setMaxResults(limit).getResultList();
    }

    @Override
    public Beneficiary add(Beneficiary beneficiary) {
        em.persist(beneficiary);
        try {
            UniqueViolation.flushOrThrow(em);
        } catch (DuplicateKeyException e) {
            // The NIK is the beneficiary's only unique value.
            throw new DuplicateNikException(e);
        }
        return beneficiary;
    }

    /** A % or _ typed in a name is a character to find, not a wildcard. */
    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
