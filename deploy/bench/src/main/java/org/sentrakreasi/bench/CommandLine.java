package org.sentrakreasi.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code --name value} and {@code --flag} arguments of the benchmark commands, checked against
 * the names a command knows and read with defaults. Errors are IllegalArgumentExceptions whose
 * message the command prints above its usage; {@code --help} is one with an empty message.
 */
final class CommandLine {

    private final Map<String, String> values = new HashMap<>();
    private final Set<String> flags = new HashSet<>();

    private CommandLine() {
    }

    static CommandLine parse(String[] args, Set<String> valueOptions, Set<String> flagOptions) {
        CommandLine line = new CommandLine();
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (option.equals("--help") || option.equals("-h")) {
                throw new IllegalArgumentException("");
            }
            if (flagOptions.contains(option)) {
                line.flags.add(option);
            } else if (valueOptions.contains(option)) {
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("Missing value after " + option);
                }
                line.values.put(option, args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option " + option);
            }
        }
        return line;
    }

    boolean flag(String option) {
        return flags.contains(option);
    }

    String text(String option, String otherwise) {
        return values.getOrDefault(option, otherwise);
    }

    /** USER:PASSWORD for HTTP Basic. */
    String credentials(String option, String otherwise) {
        String value = text(option, otherwise);
        if (!value.contains(":")) {
            throw new IllegalArgumentException(option + " takes USER:PASSWORD");
        }
        return value;
    }

    long positiveLong(String option, long otherwise) {
        return values.containsKey(option) ? positive(option, number(option, values.get(option))) : otherwise;
    }

    int positiveInt(String option, int otherwise) {
        return (int) positiveLong(option, otherwise);
    }

    long anyLong(String option, long otherwise) {
        return values.containsKey(option) ? number(option, values.get(option)) : otherwise;
    }

    int notNegativeInt(String option, int otherwise) {
        if (!values.containsKey(option)) {
            return otherwise;
        }
        long value = number(option, values.get(option));
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return (int) value;
    }

    /** A comma-separated list of positive counts, such as wrk's connection counts. */
    List<Integer> positiveInts(String option, List<Integer> otherwise) {
        if (!values.containsKey(option)) {
            return otherwise;
        }
        List<Integer> counts = new ArrayList<>();
        Arrays.stream(values.get(option).split(",")).map(String::strip)
                .forEach(v -> counts.add((int) positive(option, number(option, v))));
        return List.copyOf(counts);
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not " + value);
        }
    }

    private static long positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }
}
