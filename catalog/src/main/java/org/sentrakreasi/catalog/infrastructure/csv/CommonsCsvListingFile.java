package org.sentrakreasi.catalog.infrastructure.csv;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.InputStreamReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.sentrakreasi.catalog.application.ImportMessage;
import org.sentrakreasi.catalog.application.ImportRow;
import org.sentrakreasi.catalog.application.InvalidImportFileException;
import org.sentrakreasi.catalog.application.ListingCsv;
import org.sentrakreasi.catalog.application.RowError;

/**
 * Streams listing records out of a CSV file (header row, RFC 4180 quoting, UTF-8 with or without
 * BOM). Malformed values become line errors; the file is never held in memory. A quote that is
 * never closed swallows the rest of the file into one record: that record is a line error, and the
 * records before it still count.
 */
@ApplicationScoped
public class CommonsCsvListingFile implements ListingCsv {

    static final List<String> COLUMNS =
            List.of("sku", "name", "description", "category", "price", "stock", "maker", "region", "unit", "status");
    private static final Set<String> REQUIRED = Set.of("sku", "name", "category", "price", "maker");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true).setTrim(true)
            // Blank lines are skipped here (isBlankLine), not by the parser: it would skip them
            // without a trace, and the next record's line number would come out wrong.
            .setIgnoreEmptyLines(false).setAllowMissingColumnNames(true).get();

    @Override
    public void requireHeader(Path file) throws IOException {
        try (CSVParser parser = open(file)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            List<String> missing = REQUIRED.stream().filter(c -> !header.contains(c)).sorted().toList();
            if (header.isEmpty() || !missing.isEmpty()) {
                String columns = String.join(",", COLUMNS);
                throw new InvalidImportFileException(missing.isEmpty() ? ImportMessage.HEADER.english(columns)
                        : ImportMessage.HEADER_MISSING.english(columns, String.join(", ", missing)));
            }
        } catch (UncheckedIOException e) {
            throw notText(e.getCause());
        } catch (CharacterCodingException e) {
            throw notText(e);
        }
    }

    @Override
    public long countRecords(Path file) throws IOException {
        try (CSVParser parser = open(file)) {
            long count = 0;
            try {
                for (CSVRecord record : parser) {
                    count += isBlankLine(record) ? 0 : 1;
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e;
                }
                count++;
            }
            return count;
        } catch (UncheckedIOException e) {
            throw notText(e.getCause());
        } catch (CharacterCodingException e) {
            throw notText(e);
        }
    }

    @Override
    public void read(Path file, Consumer<ImportRow> rows, Consumer<RowError> errors) throws IOException {
        try (CSVParser parser = open(file)) {
            // Lines count from the header (line 1), as a spreadsheet shows them; a record is named by
            // the line it starts on, also when a quoted value runs over several lines.
            long line = parser.getCurrentLineNumber() + 1;
            try {
                for (CSVRecord record : parser) {
                    if (!isBlankLine(record)) {
                        ListingRecord.parse(record, line, rows, errors);
                    }
                    line = parser.getCurrentLineNumber() + 1;
                }
            } catch (UncheckedIOException e) {
                if (!(e.getCause() instanceof CSVException)) {
                    throw e;
                }
                errors.accept(new RowError(line, ImportMessage.BROKEN_QUOTE.english()));
            }
        } catch (UncheckedIOException e) {
            throw notText(e.getCause());
        } catch (CharacterCodingException e) {
            throw notText(e);
        }
    }

    private static boolean isBlankLine(CSVRecord record) {
        return record.size() == 1 && record.get(0).isBlank();
    }

    private static CSVParser open(Path file) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder));
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
    }

    private static InvalidImportFileException notText(IOException cause) {
        if (cause instanceof CharacterCodingException) {
            return new InvalidImportFileException(ImportMessage.NOT_UTF8.english());
        }
        return new InvalidImportFileException(ImportMessage.NOT_CSV.english(cause.getMessage()));
    }
}
