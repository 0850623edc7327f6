package org.sentrakreasi.storefront.web.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.sentrakreasi.storefront.ordering.application.MakerIncome;
import org.sentrakreasi.storefront.ordering.application.OrderQueries;
import org.sentrakreasi.storefront.security.CurrentActor;
import org.sentrakreasi.storefront.web.FormatBacking;
import org.sentrakreasi.storefront.web.Messages;

/**
 * "Pendapatan saya" (akun/pendapatan.xhtml): the signed-in maker's income from paid orders, in all
 * and per month of payment, as a chart (the dashboard's {@link DashboardCharts}) with the same
 * figures in a table beside it.
 */
@Named
@RequestScoped
public class IncomeBacking {

    @Inject
    OrderQueries queries;

    @Inject
    CurrentActor actor;

    @Inject
    Messages messages;

    @Inject
    FormatBacking format;

    private MakerIncome income;

    /** f:viewAction: reads the income before rendering, so that an account without a maker profile gets the 403 page. */
    public void load() {
        getIncome();
    }

    public MakerIncome getIncome() {
        if (income == null) {
            income = queries.makerIncome(actor.get());
        }
        return income;
    }

    /** Rupiah per month of payment, oldest first, months without income at 0. */
    public String getChart() {
        List<MakerIncome.MonthIncome> months = getIncome().months();
        return DashboardCharts.bars(months.stream().map(m -> format.month(m.month())).toList(),
                List.of(new DashboardCharts.Series(messages.text("orders.income.amount"),
                        months.stream().map(MakerIncome.MonthIncome::amount).toList(), DashboardCharts.ACCENT)),
                null);
    }
}
