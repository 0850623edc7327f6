package org.sentrakreasi.bench;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads one metric's duration from a {@code Server-Timing} header (W3C Server Timing:
 * {@code name;dur=12.5;desc="...", other;dur=3}). The API reports the raw engine time as
 * {@code engine;dur=<ms>}: Lucene's searcher time or Elasticsearch's {@code took}, and the whole
 * search call in the application as {@code search;dur=<ms>}.
 */
final class ServerTiming {

    static final String ENGINE = "engine";

    private ServerTiming() {
    }

    static OptionalDouble duration(Optional<String> header, String metric) {
        if (header.isEmpty()) {
            return OptionalDouble.empty();
        }
        for (String entry : header.get().split(",")) {
            String[] parts = entry.split(";");
            if (!parts[0].strip().equalsIgnoreCase(metric)) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String[] parameter = parts[i].split("=", 2);
                if (parameter.length == 2 && parameter[0].strip().equalsIgnoreCase("dur")) {
                    try {
                        return OptionalDouble.of(Double.parseDouble(parameter[1].strip().replace("\"", "")));
                    } catch (NumberFormatException e) {
                        return OptionalDouble.empty();
                    }
                }
            }
        }
        return OptionalDouble.empty();
    }
}
