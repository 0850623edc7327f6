package org.sentrakreasi.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Load at a fixed number of connections with wrk, a standard HTTP load tool, so that the figures
 * compare with what others measure and the load generator is not the bottleneck a JVM client would
 * be. wrk's script cycles through a list of paths (the search queries, pages) and prints
 * machine-readable lines at the end.
 */
public final class WrkLoad {

    static final String TOOL = "wrk";
    private static final String TEMPLATE = "wrk-paths.lua";
    private static final Pattern RESULT = Pattern.compile(
            "BENCH_RESULT p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+) requests=(\\d+) duration_us=(\\d+)"
                    + " errors=(\\d+) non2xx=(\\d+) rps=([0-9.]+)");
    private static final Pattern ENGINE = durations("BENCH_ENGINE");
    private static final Pattern SEARCH = durations("BENCH_SEARCH");

    /**
     * Latencies in milliseconds; {@code engine} and {@code search} are the Server-Timing engine time
     * and whole search call of the same requests (empty when the build does not send them).
     */
    public record LoadResult(int connections, int threads, double p50, double p95, double p99, long requests,
                             double requestsPerSecond, long errors, Percentiles engine, Percentiles search) {
    }

    private static Pattern durations(String label) {
        return Pattern.compile(label + " count=(\\d+) p50_us=(\\d+) p95_us=(\\d+) p99_us=(\\d+)");
    }

    private final String baseUrl;
    private final String name;
    private final Path script;

    private WrkLoad(String baseUrl, String name, Path script) {
        this.baseUrl = baseUrl;
        this.name = name;
        this.script = script;
    }

    /** wrk's path when it is installed. */
    public static Optional<Path> findTool() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String directory : path.split(File.pathSeparator)) {
            Path candidate = Path.of(directory.isEmpty() ? "." : directory, TOOL);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a script cycling through these paths into {@code directory}, named after the load, as is
     * each run's full output.
     *
     * @param name   names the script ({@code name.lua}) and the outputs ({@code name-c8.txt})
     * @param accept the Accept header of every request: what a browser or an app would send
     */
    public static WrkLoad prepare(String baseUrl, String name, List<String> paths, String accept, Path directory)
            throws IOException {
        Files.createDirectories(directory);
        Path script = directory.resolve(name + ".lua");
        Files.writeString(script, script(paths, accept), StandardCharsets.UTF_8);
        return new WrkLoad(baseUrl, name, script);
    }

    static String script(List<String> paths, String accept) throws IOException {
        String template;
        try (InputStream in = WrkLoad.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IOException("Missing resource " + TEMPLATE);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String lines = paths.stream().map(path -> "   \"" + luaEscape(path) + "\",")
                .collect(Collectors.joining("\n"));
        return template.replace("--PATHS--", lines).replace("--ACCEPT--", luaEscape(accept));
    }

    /** Paths are URL-encoded ASCII already; escaping keeps the script valid whatever a query holds. */
    private static String luaEscape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    public LoadResult run(int connections, int durationSeconds) throws IOException, InterruptedException {
        int threads = Math.min(connections, 2);
        List<String> command = List.of(TOOL, "-t" + threads, "-c" + connections, "-d" + durationSeconds + "s",
                "--timeout", "10s", "-s", script.toString(), baseUrl);
        System.out.printf("Load: %s%n", String.join(" ", command));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        // The full wrk output stays beside the script, for a look at what the summary leaves out.
        Files.writeString(script.resolveSibling(name + "-c" + connections + ".txt"), output, StandardCharsets.UTF_8);
        if (exit != 0) {
            throw new IOException("wrk exited with " + exit + ":\n" + output);
        }
        LoadResult result = parse(connections, threads, output)
                .orElseThrow(() -> new IOException("No BENCH_RESULT line in wrk's output:\n" + output));
        System.out.printf("  %d connection(s): p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, %.1f requests/s, %d errors%n",
                connections, result.p50(), result.p95(), result.p99(), result.requestsPerSecond(), result.errors());
        return result;
    }

    static Optional<LoadResult> parse(int connections, int threads, String output) {
        Matcher m = RESULT.matcher(output);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new LoadResult(connections, threads,
                Long.parseLong(m.group(1)) / 1000.0, Long.parseLong(m.group(2)) / 1000.0,
                Long.parseLong(m.group(3)) / 1000.0, Long.parseLong(m.group(4)),
                Double.parseDouble(m.group(8)), Long.parseLong(m.group(6)), durations(ENGINE, output),
                durations(SEARCH, output)));
    }

    private static Percentiles durations(Pattern line, String output) {
        Matcher m = line.matcher(output);
        if (!m.find()) {
            return Percentiles.of(List.of());
        }
        return new Percentiles(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)) / 1000.0,
                Long.parseLong(m.group(3)) / 1000.0, Long.parseLong(m.group(4)) / 1000.0);
    }
}
