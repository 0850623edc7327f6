package org.sentrakreasi.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Command-line options of {@link Bench}; see {@link #USAGE}. */
public record BenchOptions(String baseUrl, long products, long seed, int durationSeconds, int rounds, String label,
                           Path csv, Path workDirectory, List<Integer> connections, String admin,
                           int indexTimeoutSeconds, boolean skipImport, int warmUpSeconds) {

    static final String USAGE = """
            Usage: Bench [options]
              --base-url URL          application to measure (default http://localhost:8080)
              --products N            synthetic catalog size (default 100000)
              --seed S                generator seed; the same seed gives the same catalog (default 42)
              --duration SECONDS      length of each wrk run (default 30)
              --rounds R              measured rounds of the sequential pass, after 1 warm-up (default 5)
              --label NAME            printed in the report, e.g. lucene or elasticsearch (default app)
              --csv PATH              where to write the catalog (default deploy/bench/target/bench-catalog-N-S.csv)
              --connections LIST      wrk connection counts (default 1,8,32)
              --admin USER:PASSWORD   import account (default admin:demo-admin)
              --index-timeout SECONDS how long to wait for search to catch up (default 900)
              --skip-import           measure the catalog that is already there
              --warm-up SECONDS       unreported wrk load at 8 connections before the measured runs,
                                      so that the JIT has compiled the search path (default 60; 0 = none)
            """;

    private static final Set<String> VALUE_OPTIONS = Set.of("--base-url", "--products", "--seed", "--duration",
            "--rounds", "--label", "--csv", "--connections", "--admin", "--index-timeout", "--warm-up");

    /**
     * The module's target/, whatever the working directory: the runnable jar lives there. Run from
     * classes (an IDE, tests) it is the working directory's target/.
     */
    static Path targetDirectory() {
        try {
            Path code = Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (code.getFileName().toString().endsWith(".jar") && code.getParent() != null) {
                return code.getParent();
            }
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            // fall through to the working directory
        }
        return Path.of("target");
    }

    public static BenchOptions parse(String... args) {
        String baseUrl = "http://localhost:8080";
        long products = 100_000;
        long seed = 42;
        int duration = 30;
        int rounds = 5;
        String label = "app";
        Path csv = null;
        List<Integer> connections = List.of(1, 8, 32);
        String admin = "admin:demo-admin";
        int indexTimeout = 900;
        boolean skipImport = false;
        int warmUp = 60;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            switch (option) {
                case "--skip-import" -> skipImport = true;
                case "--help", "-h" -> throw new IllegalArgumentException("");
                default -> {
                    if (!VALUE_OPTIONS.contains(option)) {
                        throw new IllegalArgumentException("Unknown option " + option);
                    }
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("Missing value after " + option);
                    }
                    String value = args[++i];
                    switch (option) {
                        case "--base-url" -> baseUrl = value;
                        case "--products" -> products = positive(option, Long.parseLong(value));
                        case "--seed" -> seed = Long.parseLong(value);
                        case "--duration" -> duration = (int) positive(option, Integer.parseInt(value));
                        case "--rounds" -> rounds = (int) positive(option, Integer.parseInt(value));
                        case "--label" -> label = value;
                        case "--csv" -> csv = Path.of(value);
                        case "--connections" -> connections = parseConnections(value);
                        case "--admin" -> admin = value;
                        case "--index-timeout" -> indexTimeout = (int) positive(option, Integer.parseInt(value));
                        case "--warm-up" -> warmUp = notNegative(option, Integer.parseInt(value));
                        default -> throw new IllegalArgumentException("Unknown option " + option);
                    }
                }
            }
        }
        if (!admin.contains(":")) {
            throw new IllegalArgumentException("--admin takes USER:PASSWORD");
        }
        Path target = targetDirectory();
        if (csv == null) {
            csv = target.resolve("bench-catalog-" + products + "-" + seed + ".csv");
        }
        return new BenchOptions(baseUrl, products, seed, duration, rounds, label, csv,
                target.resolve("bench-" + label), connections, admin, indexTimeout, skipImport, warmUp);
    }

    private static List<Integer> parseConnections(String value) {
        List<Integer> counts = new ArrayList<>();
        Arrays.stream(value.split(",")).map(String::strip).forEach(
                v -> counts.add((int) positive("--connections", Integer.parseInt(v))));
        return List.copyOf(counts);
    }

    private static int notNegative(String option, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return value;
    }

    private static long positive(String option, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }
}
