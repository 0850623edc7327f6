package org.sentrakreasi.catalog.infrastructure.search.elasticsearch;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.sun.security.auth.module.UnixSystem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;

/**
 * One real Elasticsearch server per test JVM, started lazily on the first {@link #url()} and
 * stopped when the JVM exits. The build unpacks the integ-test-zip distribution and copies the
 * analysis plugin; their paths arrive as system properties from the pom (failsafe):
 * {@code elasticsearch.home}, {@code elasticsearch.pluginZip}, {@code elasticsearch.runDir},
 * {@code elasticsearch.heap} and optionally {@code elasticsearch.javaHome} (default: this JVM).
 * With {@code elasticsearch.url} set, tests use that server instead and nothing is started.
 *
 * <p>Elasticsearch refuses to run as root, so as root it runs as {@code nobody} (uid 65534) via
 * {@code setpriv}, in a run directory owned by that user; otherwise as the current user.
 */
public final class ElasticsearchTestServer {

    private static final int NOBODY = 65534;
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final String LAUNCHER_PID_FILE = "launcher.pid";
    private static final String SERVER_PID_FILE = "elasticsearch.pid";

    private static String url;
    private static ElasticsearchClient client;

    private ElasticsearchTestServer() {
    }

    /** The base URL of the running test server, starting it on first use. */
    public static synchronized String url() {
        if (url == null) {
            String external = System.getProperty("elasticsearch.url", "");
            url = external.isBlank() ? start() : external;
        }
        return url;
    }

    /** A client for test set-up and inspection (behind an adapter's alias), shared and closed at JVM exit. */
    public static synchronized ElasticsearchClient client() {
        if (client == null) {
            RestClientTransport transport = new RestClientTransport(RestClient.builder(HttpHost.create(url())).build(),
                    new JacksonJsonpMapper());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    transport.close();
                } catch (IOException ignored) {
                    // the JVM is exiting
                }
            }, "elasticsearch-test-client-close"));
            client = new ElasticsearchClient(transport);
        }
        return client;
    }

    /** Deletes every index whose name starts with {@code prefix}, so that tests leave the server clean. */
    public static void deleteIndices(String prefix) {
        try {
            // Deletes need names: Elasticsearch 8 refuses wildcards there (action.destructive_requires_name).
            List<String> names = List.copyOf(client().indices()
                    .get(g -> g.index(prefix + "*").allowNoIndices(true)).result().keySet());
            if (!names.isEmpty()) {
                client().indices().delete(d -> d.index(names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String start() {
        Path home = requiredPath("elasticsearch.home");
        Path pluginZip = requiredPath("elasticsearch.pluginZip");
        Path runDir = requiredPath("elasticsearch.runDir");
        Path javaHome = Path.of(Optional.ofNullable(System.getProperty("elasticsearch.javaHome"))
                .filter(s -> !s.isBlank()).orElse(System.getProperty("java.home")));
        String heap = System.getProperty("elasticsearch.heap", "512m");
        boolean asNobody = new UnixSystem().getUid() == 0;
        try {
            stopStale(runDir);
            makeScriptsExecutable(home);
            installPlugin(home, pluginZip, javaHome, runDir);
            prepareRunDir(home, runDir, asNobody);
            int httpPort = freePort();
            long started = System.nanoTime();
            Process process = launch(home, runDir, javaHome, heap, httpPort, asNobody);
            Files.writeString(runDir.resolve(LAUNCHER_PID_FILE), Long.toString(process.pid()));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process), "elasticsearch-test-server-stop"));
            String baseUrl = "http://127.0.0.1:" + httpPort;
            awaitYellow(baseUrl, process, runDir);
            System.out.printf("Elasticsearch test server healthy at %s after %d ms (heap %s, java %s, as %s)%n",
                    baseUrl, Duration.ofNanos(System.nanoTime() - started).toMillis(), heap, javaHome,
                    asNobody ? "nobody" : System.getProperty("user.name"));
            return baseUrl;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the Elasticsearch test server", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the Elasticsearch test server", e);
        }
    }

    private static Path requiredPath(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set: run the *IT tests"
                    + " through Maven (mvn verify), or point -Delasticsearch.url at a running server");
        }
        return Path.of(value).toAbsolutePath();
    }

    /** A server left behind by a killed test JVM still holds memory and ports: end it first. */
    private static void stopStale(Path runDir) throws IOException {
        for (String pidFile : List.of(LAUNCHER_PID_FILE, SERVER_PID_FILE)) {
            Path file = runDir.resolve(pidFile);
            if (!Files.isRegularFile(file)) {
                continue;
            }
            String pid = Files.readString(file).strip();
            if (pid.matches("\\d+") && isElasticsearch(pid)) {
                ProcessHandle.of(Long.parseLong(pid)).ifPresent(stale -> {
                    System.out.println("Stopping a stale Elasticsearch test server, pid " + pid);
                    terminate(stale);
                });
            }
        }
    }

    /** Guards against a recycled pid: only a process whose command line names Elasticsearch is ended. */
    private static boolean isElasticsearch(String pid) {
        try {
            return Files.readString(Path.of("/proc", pid, "cmdline")).contains("elasticsearch");
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static void makeScriptsExecutable(Path home) throws IOException {
        try (Stream<Path> scripts = Files.list(home.resolve("bin"))) {
            for (Path script : scripts.toList()) {
                script.toFile().setExecutable(true, false);
            }
        }
    }

    /** Reinstalled on every start, so that a rebuilt plugin zip is always the one under test. */
    private static void installPlugin(Path home, Path pluginZip, Path javaHome, Path runDir)
            throws IOException, InterruptedException {
        try (Stream<Path> installed = Files.list(home.resolve("plugins"))) {
            for (Path plugin : installed.toList()) {
                deleteRecursively(plugin);
            }
        }
        Files.createDirectories(runDir.getParent());
        Path log = runDir.getParent().resolve("plugin-install.log");
        ProcessBuilder install = new ProcessBuilder(home.resolve("bin/elasticsearch-plugin").toString(),
                "install", "--batch", pluginZip.toUri().toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        install.environment().put("ES_JAVA_HOME", javaHome.toString());
        int exit = install.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("elasticsearch-plugin install failed (" + exit + "):\n" + Files.readString(log));
        }
    }

    private static void prepareRunDir(Path home, Path runDir, boolean asNobody) throws IOException {
        deleteRecursively(runDir);
        Files.createDirectories(runDir);
        for (String dir : List.of("data", "logs", "tmp")) {
            Files.createDirectories(runDir.resolve(dir));
        }
        Path config = runDir.resolve("config");
        try (Stream<Path> files = Files.walk(home.resolve("config"))) {
            for (Path source : files.toList()) {
                Path target = config.resolve(home.resolve("config").relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        if (asNobody) {
            requireReachableByOthers(runDir.getParent());
            try (Stream<Path> all = Files.walk(runDir)) {
                for (Path path : all.toList()) {
                    Files.setAttribute(path, "unix:uid", NOBODY);
                    Files.setAttribute(path, "unix:gid", NOBODY);
                }
            }
        }
    }

    /** {@code nobody} must be able to walk down to the run directory and read the distribution. */
    private static void requireReachableByOthers(Path dir) throws IOException {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (!Files.getPosixFilePermissions(d).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException(d + " is not searchable by other users, so Elasticsearch cannot run"
                        + " as nobody below it (chmod o+x, or build in another directory)");
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static Process launch(Path home, Path runDir, Path javaHome, String heap, int httpPort, boolean asNobody)
            throws IOException {
        List<String> command = new ArrayList<>();
        if (asNobody) {
            command.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
        }
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(),
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + freePort(),
                "-Epath.data=" + runDir.resolve("data"),
                "-Epath.logs=" + runDir.resolve("logs"),
                "-Expack.security.enabled=false",
                "-Ecluster.routing.allocation.disk.threshold_enabled=false",
                "-p", runDir.resolve(SERVER_PID_FILE).toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(runDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(runDir.resolve("console.log").toFile());
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", javaHome.toString());
        env.put("ES_PATH_CONF", runDir.resolve("config").toString());
        env.put("ES_TMPDIR", runDir.resolve("tmp").toString());
        env.put("ES_JAVA_OPTS", "-Xms" + heap + " -Xmx" + heap);
        env.remove("JAVA_TOOL_OPTIONS");
        return builder.start();
    }

    private static void awaitYellow(String baseUrl, Process process, Path runDir)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(
                        URI.create(baseUrl + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Elasticsearch exited with " + process.exitValue() + ":\n"
                        + tail(runDir.resolve("console.log")));
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling until the deadline
            }
            Thread.sleep(500);
        }
        stop(process);
        throw new IllegalStateException("Elasticsearch not healthy within " + STARTUP_TIMEOUT + ":\n"
                + tail(runDir.resolve("console.log")));
    }

    /** SIGTERM to the launcher, which stops the server JVM it spawned; force only what is still alive after that. */
    private static void stop(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        terminate(process.toHandle());
        descendants.forEach(ElasticsearchTestServer::terminate);
    }

    private static void terminate(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(STOP_TIMEOUT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception stillRunning) {
            handle.destroyForcibly();
        }
    }

    private static String tail(Path log) throws IOException {
        if (!Files.exists(log)) {
            return "(no console output)";
        }
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
