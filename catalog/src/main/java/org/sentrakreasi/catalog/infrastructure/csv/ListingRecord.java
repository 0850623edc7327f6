package org.sentrakreasi.catalog.infrastructure.csv;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVRecord;
import org.sentrakreasi.catalog.application.ImportMessage;
import org.sentrakreasi.catalog.application.ImportRow;
import org.sentrakreasi.catalog.application.ListingForm;
import org.sentrakreasi.catalog.application.RowError;

/** Turns one CSV record into an import row, or says everything that is wrong with it. */
final class ListingRecord {

    private static final int MAX_NAME = 160;
    private static final int MAX_TEXT = 4000;
    private static final int MAX_SHORT = 120;

    private ListingRecord() {
    }

    static void parse(CSVRecord record, long line, Consumer<ImportRow> rows, Consumer<RowError> errors) {
        List<String> problems = new ArrayList<>();
        String sku = required(record, "sku", 64, problems);
        if (sku != null && !sku.matches("[A-Za-z0-9._-]+")) {
            problems.add(ImportMessage.SKU_CHARACTERS.english());
        }
        String name = required(record, "name", MAX_NAME, problems);
        String description = optional(record, "description", MAX_TEXT, problems);
        String category = required(record, "category", 40, problems);
        Long price = amount(record, "price", true, problems);
        Long stock = amount(record, "stock", false, problems);
        String maker = required(record, "maker", MAX_SHORT, problems);
        String region = optional(record, "region", MAX_SHORT, problems);
        String unit = optional(record, "unit", 40, problems);
        String status = optional(record, "status", 20, problems);
        boolean publish = "PUBLISHED".equalsIgnoreCase(status);
        if (status != null && !publish && !"DRAFT".equalsIgnoreCase(status)) {
            problems.add(ImportMessage.STATUS_CHOICE.english());
        }
        if (problems.isEmpty()) {
            rows.accept(new ImportRow(line, sku, name, description, category.toLowerCase(Locale.ROOT), price,
                    stock == null ? 0 : stock.intValue(), maker, region, unit, publish));
        } else {
            errors.accept(new RowError(line, String.join(ImportMessage.SEPARATOR, problems)));
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String required(CSVRecord record, String column, int maxLength, List<String> problems) {
        String value = optional(record, column, maxLength, problems);
        if (value == null) {
            problems.add(ImportMessage.REQUIRED.english(column));
        }
        return value;
    }

    private static String optional(CSVRecord record, String column, int maxLength, List<String> problems) {
        String value = value(record, column);
        if (value != null && value.length() > maxLength) {
            problems.add(ImportMessage.TOO_LONG.english(column, maxLength));
            return null;
        }
        return value;
    }

    /** Whole rupiah or pieces: {@code 45000} or {@code 45.000}; no decimals, no negatives. */
    private static Long amount(CSVRecord record, String column, boolean required, List<String> problems) {
        String value = value(record, column);
        if (value == null) {
            if (required) {
                problems.add(ImportMessage.REQUIRED.english(column));
            }
            return null;
        }
        String digits = value.matches("\\d{1,3}(\\.\\d{3})+") ? value.replace(".", "") : value;
        if (!digits.matches("\\d{1,12}")) {
            problems.add(ImportMessage.NOT_WHOLE_NUMBER.english(column, abbreviated(value)));
            return null;
        }
        long amount = Long.parseLong(digits);
        long max = column.equals("stock") ? ListingForm.MAX_STOCK : ListingForm.MAX_PRICE;
        if (amount > max) {
            problems.add(ImportMessage.TOO_LARGE.english(column, max));
            return null;
        }
        return amount;
    }

    private static String abbreviated(String value) {
        return value.length() > 20 ? value.substring(0, 20) + "…" : value;
    }
}
