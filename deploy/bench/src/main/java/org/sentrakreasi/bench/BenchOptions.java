package org.sentrakreasi.bench;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Command-line options of {@link Bench}; see {@link #USAGE}. */
public record BenchOptions(String baseUrl, CatalogOptions catalog, int durationSeconds, int rounds, String label,
                           Path workDirectory, List<Integer> connections, int warmUpSeconds) {

    static final String USAGE = """
            Usage: Bench [options]
              --base-url URL          application to measure (default http://localhost:8080)
              --duration SECONDS      length of each wrk run (default 30)
              --rounds R              measured rounds of the sequential pass, after 1 warm-up (default 5)
              --label NAME            printed in the report, e.g. lucene or elasticsearch (default app)
              --connections LIST      wrk connection counts (default 1,8,32)
              --warm-up SECONDS       unreported wrk load at 8 connections before the measured runs,
                                      so that the JIT has compiled the search path (default 300; 0 = none)
            """ + CatalogOptions.USAGE;

    private static final Set<String> VALUE_OPTIONS = union(CatalogOptions.VALUE_OPTIONS,
            Set.of("--base-url", "--duration", "--rounds", "--label", "--connections", "--warm-up"));

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
        CommandLine line = CommandLine.parse(args, VALUE_OPTIONS, CatalogOptions.FLAG_OPTIONS);
        Path target = targetDirectory();
        String label = line.text("--label", "app");
        return new BenchOptions(line.text("--base-url", "http://localhost:8080"), CatalogOptions.from(line, target),
                line.positiveInt("--duration", 30), line.positiveInt("--rounds", 5), label,
                target.resolve("bench-" + label), line.positiveInts("--connections", List.of(1, 8, 32)),
                line.notNegativeInt("--warm-up", 300));
    }

    public long products() {
        return catalog.products();
    }

    public long seed() {
        return catalog.seed();
    }

    public Path csv() {
        return catalog.csv();
    }

    static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }
}
