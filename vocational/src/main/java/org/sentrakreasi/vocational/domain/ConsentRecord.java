package org.sentrakreasi.vocational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One consent decision about one field, as recorded by staff. Immutable: a change of mind is a
 * new record, so the history shows what was public when, and on whose word.
 */
@Entity
@Table(name = "consent_record")
public class ConsentRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "beneficiary_id", nullable = false)
    private Beneficiary beneficiary;

    /**
     * Position in the beneficiary's history, 1 for the first decision. Kept explicitly because
     * neither the clock (two decisions in the same instant) nor the generated ids (the provider
     * may insert new rows in any order) say which decision came last.
     */
    @Column(name = "seq", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent_field", nullable = false, length = 20)
    private ConsentField field;

    @Column(name = "granted", nullable = false)
    private boolean granted;

    /** Whether a guardian gave (or joined) the decision; required for a minor's grant. */
    @Column(name = "guardian_consent", nullable = false)
    private boolean guardianConsent;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ConsentRecord() {
    }

    ConsentRecord(Beneficiary beneficiary, int sequence, ConsentField field, boolean granted, boolean guardianConsent,
                  String recordedBy, Instant recordedAt) {
        this.beneficiary = beneficiary;
        this.sequence = sequence;
        this.field = Require.present(field, "field");
        this.granted = granted;
        this.guardianConsent = guardianConsent;
        this.recordedBy = Require.text(recordedBy, "recordedBy", 80);
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    /** 1 for the beneficiary's first decision, then 2, 3...: the order of the history. */
    public int sequence() {
        return sequence;
    }

    public ConsentField field() {
        return field;
    }

    public boolean granted() {
        return granted;
    }

    public boolean guardianConsent() {
        return guardianConsent;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }
}
