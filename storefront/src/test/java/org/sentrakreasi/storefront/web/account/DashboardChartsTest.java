package org.sentrakreasi.storefront.web.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardChartsTest {

    @Test
    void aCohortNameCannotEndTheScriptTheConfigurationIsWrittenInto() {
        String config = DashboardCharts.bars(List.of("Batik </script><script>alert(1)</script> \"2025\""),
                List.of(new DashboardCharts.Series("Lulusan", List.of(3), DashboardCharts.BRAND)), null);
        assertThat(config).doesNotContain("<").doesNotContain(">")
                .contains("\"Batik \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\\"2025\\\"\"");
    }

    @Test
    void aDayWithoutCountedMarksIsAGapNotAZero() {
        String config = DashboardCharts.line(List.of("6 Jan 2025", "13 Jan 2025", "20 Jan 2025"),
                new DashboardCharts.Series("Kehadiran (%)", Arrays.asList(new BigDecimal("66.6"), null,
                        new BigDecimal("100")), DashboardCharts.ACCENT), 100);
        assertThat(config).startsWith("{\"type\":\"line\"").contains("\"data\":[66.6,null,100]")
                .contains("\"max\":100").contains("\"animation\":false");
    }
}
