package org.sentrakreasi.storefront.transactions;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseErrorsForLogTest {

    private static final String NIK = "3275016304910001";

    @Test
    void aDatabaseErrorIsLoggedWithItsTypesFramesAndStateButNoneOfTheQuotedValues() {
        SQLIntegrityConstraintViolationException refused = new SQLIntegrityConstraintViolationException(
                "Unique index or primary key violation: BENEFICIARY(NIK) VALUES ( '" + NIK + "' )", "23505", 23505);
        RuntimeException provider = new RuntimeException("Internal Exception: " + refused.getMessage(), refused);
        PersistenceException failure = new PersistenceException("Exception [EclipseLink-4002]: " + provider.getMessage(), provider);

        Throwable logged = DatabaseErrorsForLog.of(failure);

        String printed = printed(logged);
        assertThat(printed).doesNotContain(NIK).doesNotContain("VALUES")
                .contains(PersistenceException.class.getName(), RuntimeException.class.getName(),
                        SQLIntegrityConstraintViolationException.class.getName(), "SQLSTATE 23505, error code 23505");
        assertThat(logged.getStackTrace()).isEqualTo(failure.getStackTrace());
        assertThat(logged.getCause().getCause().getStackTrace()).isEqualTo(refused.getStackTrace());
        assertThat(DatabaseErrorsForLog.involved(failure)).isTrue();
    }

    @Test
    void anyOtherFailureIsLoggedAsItIs() {
        IllegalStateException failure = new IllegalStateException("no database here", new ArithmeticException());

        assertThat(DatabaseErrorsForLog.of(failure)).isSameAs(failure);
        assertThat(DatabaseErrorsForLog.involved(failure)).isFalse();
    }

    private static String printed(Throwable failure) {
        StringWriter out = new StringWriter();
        failure.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
