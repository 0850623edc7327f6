package org.sentrakreasi.bench;

import java.util.Set;

/** Command-line options of {@link ContentionBench}; see {@link #USAGE}. */
public record ContentionOptions(String baseUrl, int rounds, int warmUpRounds, int buyers, int stock,
                                String coordinator, double p99TargetMillis) {

    static final String USAGE = """
            Usage: ContentionBench [options]
              --base-url URL              application to measure (default http://localhost:8080)
              --rounds R                  measured rounds, each on a fresh product (default 10)
              --warm-up-rounds W          rounds before them, checked but left out of the figures: an
                                          order runs through thousands of methods, and the JIT is still
                                          compiling them for the first few thousand orders (default 100)
              --buyers N                  concurrent buyers per round, one piece each (default 200)
              --stock S                   stock of each round's product (default 10)
              --coordinator USER:PASSWORD creates and publishes the products (default koordinator.bekasi:demo-koordinator)
              --p99-target MS             printed beside the measured p99 (default 500)
            """;

    private static final Set<String> VALUE_OPTIONS = Set.of("--base-url", "--rounds", "--warm-up-rounds", "--buyers",
            "--stock", "--coordinator", "--p99-target");

    public static ContentionOptions parse(String... args) {
        CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, Set.of());
        int buyers = line.positiveInt("--buyers", 200);
        int stock = line.positiveInt("--stock", 10);
        if (stock >= buyers) {
            throw new IllegalArgumentException("--stock must be below --buyers, or nobody is turned away");
        }
        return new ContentionOptions(line.text("--base-url", "http://localhost:8080"), line.positiveInt("--rounds", 10),
                line.notNegativeInt("--warm-up-rounds", 100), buyers, stock,
                line.credentials("--coordinator", "koordinator.bekasi:demo-koordinator"),
                line.positiveInt("--p99-target", 500));
    }
}
