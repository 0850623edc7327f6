package org.sentrakreasi.catalog.application;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Port: reads listing import files record by record, never the whole file into memory. */
public interface ListingCsv {

    /** Checks the header; @throws InvalidImportFileException when a required column is missing */
    void requireHeader(Path file) throws IOException;

    long countRecords(Path file) throws IOException;

    /** Hands every record to {@code rows} (well-formed) or {@code errors} (malformed), in file order. */
    void read(Path file, Consumer<ImportRow> rows, Consumer<RowError> errors) throws IOException;
}
