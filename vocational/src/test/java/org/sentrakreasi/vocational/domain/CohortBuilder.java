package org.sentrakreasi.vocational.domain;

import java.time.LocalDate;

/** Test data: a planned cohort of Tata Boga in the first half of 2025. */
final class CohortBuilder {

    static final LocalDate START = LocalDate.of(2025, 1, 6);
    static final LocalDate END = LocalDate.of(2025, 6, 30);

    private String name = "Tata Boga 2025-1";
    private int capacity = 20;
    private int threshold = Cohort.DEFAULT_ATTENDANCE_THRESHOLD;
    private boolean running;

    static CohortBuilder aCohort() {
        return new CohortBuilder();
    }

    CohortBuilder named(String newName) {
        this.name = newName;
        return this;
    }

    CohortBuilder withCapacity(int places) {
        this.capacity = places;
        return this;
    }

    CohortBuilder requiringAttendance(int percent) {
        this.threshold = percent;
        return this;
    }

    CohortBuilder running() {
        this.running = true;
        return this;
    }

    Cohort build() {
        Cohort cohort = new Cohort(1, 1, name, START, END, capacity, threshold);
        if (running) {
            cohort.start();
        }
        return cohort;
    }
}
