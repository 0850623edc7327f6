package org.sentrakreasi.vocational.application;

import java.util.List;
import java.util.Map;

/**
 * The economic-independence figures of a cohort, computed on request from the graduates' real
 * listings and sales (never stored, never typed in), plus the follow-up answers. Money in whole
 * rupiah; {@code medianMonthlyIncome} is over all graduates, those without sales counting 0.
 */
public record CohortOutcome(String cohortId, int graduates, int graduatesWithListings, int graduatesWithSales,
                            long salesTotal, long medianMonthlyIncome, String currency,
                            List<FollowUpAnswers> followUps) {

    /** The follow-up answers of one month (3, 6 or 12), counted per work status and per income band. */
    public record FollowUpAnswers(int month, int answers, Map<String, Integer> workStatus,
                                  Map<String, Integer> incomeBand) {
    }
}
