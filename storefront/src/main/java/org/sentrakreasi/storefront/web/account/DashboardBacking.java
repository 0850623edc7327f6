package org.sentrakreasi.storefront.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sentrakreasi.storefront.security.CurrentStaff;
import org.sentrakreasi.storefront.web.LanguageBacking;
import org.sentrakreasi.storefront.web.Messages;
import org.sentrakreasi.vocational.application.DashboardQueries;
import org.sentrakreasi.vocational.application.UnitDashboard;
import org.sentrakreasi.vocational.application.UnitService;
import org.sentrakreasi.vocational.application.UnitSummary;
import org.sentrakreasi.vocational.domain.RecordNotFoundException;

/**
 * The unit dashboard (akun/dasbor.xhtml): a coordinator's own unit, or for an admin the unit
 * picked with {@code ?unit=} (none: every unit). Four charts, each with its figures in a table.
 */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    DashboardQueries queries;

    @Inject
    UnitService units;

    @Inject
    CurrentStaff staff;

    @Inject
    Messages messages;

    @Inject
    LanguageBacking language;

    private String unit;
    private UnitDashboard dashboard;

    /** f:viewAction: reads the figures before rendering, so that a refusal becomes the 403 page. */
    public void load() {
        getDashboard();
    }

    public UnitDashboard getDashboard() {
        if (dashboard == null) {
            dashboard = queries.unit(staff.get(), unitAsked());
        }
        return dashboard;
    }

    /** None: every unit the viewer may see. A unit that does not exist is a page that does not (404), not an empty one. */
    private Long unitAsked() {
        if (unit == null || unit.isBlank()) {
            return null;
        }
        long id = RecordIds.parse("unit", unit);
        if (units.find(id).isEmpty()) {
            throw new RecordNotFoundException("unit", id);
        }
        return id;
    }

    /** The unit shown, by name; null for an admin's view of every unit. */
    public String getUnitName() {
        String shown = getDashboard().unitId();
        return shown == null ? null : units.find(Long.parseLong(shown)).map(UnitSummary::name).orElse(null);
    }

    public boolean isAdmin() {
        return staff.get().isAdmin();
    }

    public List<UnitSummary> getUnits() {
        return units.all();
    }

    /** Oldest first, as charts read from left to right. */
    public List<UnitDashboard.CohortFigures> getCohorts() {
        List<UnitDashboard.CohortFigures> oldestFirst = new ArrayList<>(getDashboard().cohorts());
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    public boolean isWithoutSales() {
        return getDashboard().cohorts().stream().allMatch(c -> c.salesTotal() == 0);
    }

    public String getAttendanceChart() {
        List<String> days = getDashboard().attendance().stream().map(a -> day(a.date())).toList();
        List<BigDecimal> rates = getDashboard().attendance().stream().map(UnitDashboard.DayAttendance::rate).toList();
        return DashboardCharts.line(days, new DashboardCharts.Series(messages.text("dashboard.attendance.rate"), rates,
                DashboardCharts.ACCENT), 100);
    }

    public String getCertificationChart() {
        return DashboardCharts.bars(cohortNames(), List.of(new DashboardCharts.Series(
                messages.text("dashboard.certification.rate"),
                getCohorts().stream().map(UnitDashboard.CohortFigures::certificationRate).toList(),
                DashboardCharts.BRAND)), 100);
    }

    public String getSalesChart() {
        return DashboardCharts.bars(cohortNames(), List.of(
                new DashboardCharts.Series(messages.text("dashboard.sales.graduates"),
                        getCohorts().stream().map(UnitDashboard.CohortFigures::graduates).toList(), DashboardCharts.BRAND),
                new DashboardCharts.Series(messages.text("dashboard.sales.withSales"),
                        getCohorts().stream().map(UnitDashboard.CohortFigures::withSales).toList(), DashboardCharts.ACCENT)),
                null);
    }

    public String getIncomeChart() {
        return DashboardCharts.bars(cohortNames(), List.of(new DashboardCharts.Series(
                messages.text("dashboard.income.median"),
                getCohorts().stream().map(UnitDashboard.CohortFigures::medianMonthlyIncome).toList(),
                DashboardCharts.ACCENT)), null);
    }

    private List<String> cohortNames() {
        return getCohorts().stream().map(UnitDashboard.CohortFigures::name).toList();
    }

    public String day(LocalDate date) {
        return DateTimeFormatter.ofPattern("d MMM yyyy", language.getLocale()).format(date);
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }
}
