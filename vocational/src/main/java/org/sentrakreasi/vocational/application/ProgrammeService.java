package org.sentrakreasi.vocational.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.sentrakreasi.vocational.domain.DuplicateKeyException;
import org.sentrakreasi.vocational.domain.Programme;
import org.sentrakreasi.vocational.domain.ProgrammeRepository;

/** Programmes are shared by every unit: any member of staff may add one and see them all. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    private ProgrammeRepository programmes;

    protected ProgrammeService() {
        // for CDI proxies
    }

    @Inject
    public ProgrammeService(ProgrammeRepository programmes) {
        this.programmes = programmes;
    }

    /** @throws AlreadyRegisteredException when a programme has that name */
    public ProgrammeSummary create(@NotNull @Valid Staff staff, @NotNull @Valid NewProgramme command) {
        if (programmes.findByName(command.name().strip()).isPresent()) {
            throw nameTaken();
        }
        try {
            return summary(programmes.add(new Programme(command.name(), command.description())));
        } catch (DuplicateKeyException raced) {
            throw nameTaken();
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeSummary> all() {
        return programmes.all().stream().map(ProgrammeService::summary).toList();
    }

    static ProgrammeSummary summary(Programme programme) {
        return new ProgrammeSummary(String.valueOf(programme.id()), programme.name(),
                programme.description().orElse(null));
    }

    private static AlreadyRegisteredException nameTaken() {
        return new AlreadyRegisteredException("A programme with that name exists already");
    }
}
