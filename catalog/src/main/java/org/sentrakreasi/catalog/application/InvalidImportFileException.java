package org.sentrakreasi.catalog.application;

/** The file as a whole cannot be imported (no header, a required column missing, not UTF-8 text). */
public class InvalidImportFileException extends RuntimeException {

    public InvalidImportFileException(String message) {
        super(message);
    }
}
