package org.sentrakreasi.vocational.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/**
 * Leave to graduate without a KOMPETEN assessment, with the reason and who decided: for instance
 * when no LSP assesses the skill, or the scheme's test is not accessible to the person's
 * disability. Recorded so that such graduations can be told apart and audited.
 */
@Embeddable
public class AssessmentExemption {

    @Column(name = "exemption_reason", length = 500)
    private String reason;

    @Column(name = "exempted_by", length = 80)
    private String grantedBy;

    @Column(name = "exempted_on")
    private LocalDate grantedOn;

    protected AssessmentExemption() {
    }

    AssessmentExemption(String reason, String grantedBy, LocalDate grantedOn) {
        this.reason = Require.text(reason, "reason", 500);
        this.grantedBy = Require.text(grantedBy, "grantedBy", 80);
        this.grantedOn = Require.present(grantedOn, "grantedOn");
    }

    public String reason() {
        return reason;
    }

    public String grantedBy() {
        return grantedBy;
    }

    public LocalDate grantedOn() {
        return grantedOn;
    }
}
