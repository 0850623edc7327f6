package org.sentrakreasi.bench;

import java.io.IOException;
import java.util.function.Function;

/**
 * What every benchmark command does around its measurement: parse the options (usage and exit 2 on
 * a mistake), check that wrk is installed when it is needed, and turn failures into exit codes
 * (1 failed, 3 no wrk, 130 interrupted).
 */
final class BenchCommand {

    /** The measurement; returns the exit code (0, or 1 when what it measured broke a rule). */
    interface Measurement<O> {
        int run(O options) throws IOException, InterruptedException;
    }

    /** What a benchmark prints (a Markdown summary) and whether what it measured kept its rules. */
    interface Report {
        String markdown();

        boolean holds();
    }

    /** A measurement that ends in a {@link Report}. */
    interface Reporting<O> {
        Report run(O options) throws IOException, InterruptedException;
    }

    private BenchCommand() {
    }

    /** {@link #main} for a measurement with a report: prints it, exits 0 when it holds, else 1. */
    static <O> void report(String[] args, Function<String[], O> parser, String usage, boolean needsWrk,
                           Reporting<O> measurement) {
        main(args, parser, usage, needsWrk, options -> {
            Report report = measurement.run(options);
            System.out.println();
            System.out.println(report.markdown());
            return report.holds() ? 0 : 1;
        });
    }

    static <O> void main(String[] args, Function<String[], O> parser, String usage, boolean needsWrk,
                         Measurement<O> measurement) {
        O options;
        try {
            options = parser.apply(args);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && !e.getMessage().isEmpty()) {
                System.err.println(e.getMessage());
            }
            System.err.print(usage);
            System.exit(2);
            return;
        }
        // Checked first: finding out after a 10-minute import that the load step cannot run wastes the import.
        if (needsWrk && WrkLoad.findTool().isEmpty()) {
            System.err.println("wrk (the HTTP load tool) is not on the PATH: install it with: apt-get install wrk");
            System.exit(3);
            return;
        }
        try {
            System.exit(measurement.run(options));
        } catch (IOException e) {
            System.err.println("Benchmark failed: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(130);
        }
    }
}
