package org.sentrakreasi.storefront.web.account;

import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations (PrimeFaces {@code <p:chart value>} takes them as JSON text) for the unit
 * dashboard. Labels are cohort names typed by staff: every string is escaped for JSON and for the
 * script element PrimeFaces writes the configuration into. Animation is off, so nothing moves for
 * people who are bothered by motion, the axis counts in whole numbers (no "0.5 graduates"), and
 * every chart has its numbers in a table beside it.
 */
final class DashboardCharts {

    static final String BRAND = "#7a2e0e";
    static final String ACCENT = "#0b6e4f";

    private DashboardCharts() {
    }

    /** One series of numbers (null: no value, a gap in a line) under a legend label, in one colour. */
    record Series(String label, List<? extends Number> values, String colour) {
    }

    static String line(List<String> labels, Series series, Number max) {
        return config("line", labels, List.of(series), max);
    }

    static String bars(List<String> labels, List<Series> series, Number max) {
        return config("bar", labels, series, max);
    }

    private static String config(String type, List<String> labels, List<Series> series, Number max) {
        StringBuilder json = new StringBuilder("{\"type\":").append(string(type)).append(",\"data\":{\"labels\":[");
        for (int i = 0; i < labels.size(); i++) {
            json.append(i == 0 ? "" : ",").append(string(labels.get(i)));
        }
        json.append("],\"datasets\":[");
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            json.append(i == 0 ? "" : ",").append("{\"label\":").append(string(one.label()))
                    .append(",\"backgroundColor\":").append(string(one.colour()))
                    .append(",\"borderColor\":").append(string(one.colour()))
                    .append(",\"spanGaps\":true,\"data\":[");
            for (int j = 0; j < one.values().size(); j++) {
                json.append(j == 0 ? "" : ",").append(number(one.values().get(j)));
            }
            json.append("]}");
        }
        json.append("]},\"options\":{\"animation\":false,\"responsive\":true,\"maintainAspectRatio\":false,")
                .append("\"scales\":{\"y\":{\"beginAtZero\":true,\"ticks\":{\"precision\":0}");
        if (max != null) {
            json.append(",\"max\":").append(number(max));
        }
        json.append("}}}}");
        return json.toString();
    }

    private static String number(Number value) {
        if (value == null) {
            return "null";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    /** A JSON string that is also safe inside a script element: no quote, backslash, control or angle bracket left bare. */
    static String string(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : (text == null ? "" : text).toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
