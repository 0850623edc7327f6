package org.sentrakreasi.vocational.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.sentrakreasi.vocational.domain.BeneficiaryBuilder.aBeneficiary;
import static org.sentrakreasi.vocational.domain.BeneficiaryBuilder.clockAt;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ConsentTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
    private static final Clock CLOCK = clockAt(TODAY);

    private final Beneficiary adult = aBeneficiary().registeredOn(TODAY);
    private final Beneficiary child = aBeneficiary().bornOn(LocalDate.of(2012, 8, 1)).guardedBy("Sri Wahyuni")
            .registeredOn(TODAY);

    @Test
    void nothingIsGrantedUntilConsentIsRecorded() {
        for (ConsentField field : ConsentField.values()) {
            assertThat(adult.isGranted(field)).as(field.name()).isFalse();
        }
    }

    @Test
    void consentIsPerField() {
        adult.grantConsent(ConsentField.DISPLAY_NAME, false, "koordinator.semarang", CLOCK);

        assertThat(adult.isGranted(ConsentField.DISPLAY_NAME)).isTrue();
        assertThat(adult.isGranted(ConsentField.PHOTO)).isFalse();
        assertThat(adult.isGranted(ConsentField.STORY)).isFalse();
        assertThat(adult.isGranted(ConsentField.REGION)).isFalse();
    }

    @Test
    void theLatestDecisionOnAFieldCounts() {
        adult.grantConsent(ConsentField.PHOTO, false, "koordinator.semarang", CLOCK);
        adult.withdrawConsent(ConsentField.PHOTO, "koordinator.semarang", CLOCK);
        assertThat(adult.isGranted(ConsentField.PHOTO)).isFalse();

        adult.grantConsent(ConsentField.PHOTO, false, "koordinator.semarang", CLOCK);
        assertThat(adult.isGranted(ConsentField.PHOTO)).isTrue();
    }

    @Test
    void withdrawingOneFieldLeavesTheOthers() {
        adult.grantConsent(ConsentField.STORY, false, "koordinator.semarang", CLOCK);
        adult.grantConsent(ConsentField.REGION, false, "koordinator.semarang", CLOCK);

        adult.withdrawConsent(ConsentField.STORY, "koordinator.semarang", CLOCK);

        assertThat(adult.isGranted(ConsentField.STORY)).isFalse();
        assertThat(adult.isGranted(ConsentField.REGION)).isTrue();
    }

    @Test
    void historyKeepsEveryDecisionWithWhoAndWhen() {
        Instant first = Instant.parse("2025-03-01T02:00:00Z");
        Instant second = Instant.parse("2025-03-05T07:30:00Z");
        adult.grantConsent(ConsentField.DISPLAY_NAME, false, "koordinator.semarang", clockAt(first));
        adult.withdrawConsent(ConsentField.DISPLAY_NAME, "admin", clockAt(second));

        assertThat(adult.consentHistory())
                .extracting(ConsentRecord::field, ConsentRecord::granted, ConsentRecord::recordedBy, ConsentRecord::recordedAt)
                .containsExactly(
                        tuple(ConsentField.DISPLAY_NAME, true, "koordinator.semarang", first),
                        tuple(ConsentField.DISPLAY_NAME, false, "admin", second));
    }

    @Test
    void decisionsAreNumberedInTheOrderTheyWereRecordedEvenWithinOneInstant() {
        adult.grantConsent(ConsentField.PHOTO, false, "koordinator.semarang", CLOCK);
        adult.grantConsent(ConsentField.STORY, false, "koordinator.semarang", CLOCK);
        adult.withdrawConsent(ConsentField.PHOTO, "koordinator.semarang", CLOCK);

        assertThat(adult.consentHistory()).extracting(ConsentRecord::sequence).containsExactly(1, 2, 3);
        assertThat(adult.isGranted(ConsentField.PHOTO)).isFalse();
    }

    @Test
    void historyCannotBeEditedFromOutside() {
        adult.grantConsent(ConsentField.DISPLAY_NAME, false, "koordinator.semarang", CLOCK);

        assertThatThrownBy(() -> adult.consentHistory().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(adult.consentHistory()).hasSize(1);
    }

    @Test
    void whoRecordedItIsRequired() {
        assertThatThrownBy(() -> adult.grantConsent(ConsentField.PHOTO, false, " ", CLOCK))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("recordedBy"));
        assertThat(adult.consentHistory()).isEmpty();
    }

    @Test
    void aMinorsConsentWithoutTheGuardiansIsRefused() {
        assertThatThrownBy(() -> child.grantConsent(ConsentField.PHOTO, false, "koordinator.semarang", CLOCK))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.field()).isEqualTo("guardianConsent"));

        assertThat(child.isGranted(ConsentField.PHOTO)).isFalse();
        assertThat(child.consentHistory()).isEmpty();
    }

    @Test
    void aMinorsConsentWithTheGuardiansIsRecordedAsSuch() {
        ConsentRecord record = child.grantConsent(ConsentField.PHOTO, true, "koordinator.semarang", CLOCK);

        assertThat(record.guardianConsent()).isTrue();
        assertThat(child.isGranted(ConsentField.PHOTO)).isTrue();
    }

    @Test
    void aMinorMayWithdrawWithoutTheGuardian() {
        child.grantConsent(ConsentField.STORY, true, "koordinator.semarang", CLOCK);

        child.withdrawConsent(ConsentField.STORY, "koordinator.semarang", CLOCK);

        assertThat(child.isGranted(ConsentField.STORY)).isFalse();
    }

    @Test
    void onTheEighteenthBirthdayConsentNoLongerNeedsTheGuardian() {
        Beneficiary turning18 = aBeneficiary().bornOn(LocalDate.of(2007, 3, 2)).guardedBy("Sri").registeredOn(TODAY);

        assertThatThrownBy(() -> turning18.grantConsent(ConsentField.REGION, false, "koordinator", clockAt(TODAY)))
                .isInstanceOf(InvalidValueException.class);
        turning18.grantConsent(ConsentField.REGION, false, "koordinator", clockAt(TODAY.plusDays(1)));

        assertThat(turning18.isGranted(ConsentField.REGION)).isTrue();
    }
}
