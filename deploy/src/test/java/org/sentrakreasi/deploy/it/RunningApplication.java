package org.sentrakreasi.deploy.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The built uber-jar, started as a real process the way the README's run command starts it, on a
 * free port with a data directory of its own. Its log goes to {@code target/it-logs/<name>.log}.
 */
public final class RunningApplication {

    private static final Duration STARTUP_LIMIT = Duration.ofSeconds(180);

    private final String name;
    private final Process process;
    private final String baseUrl;
    private final Path log;
    private final Duration startupTime;
    private final Path dataDir;

    private RunningApplication(String name, Process process, String baseUrl, Path log, Duration startupTime,
                               Path dataDir) {
        this.name = name;
        this.dataDir = dataDir;
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
        this.startupTime = startupTime;
    }

    /** Starts the application in demo mode on the given data directory, plus any extra JVM options. */
    public static RunningApplication start(String name, Path dataDir, List<String> extraOptions) {
        Path workDir = Path.of(System.getProperty("it.workDir", "target"));
        Path jar = Path.of(System.getProperty("app.jar"));
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx384m");
        command.add("-Djava.awt.headless=true");
        command.add("-Dsentrakreasi.data.dir=" + dataDir);
        command.add("-Dsentrakreasi.demo=true");
        command.addAll(extraOptions);
        command.addAll(List.of("-jar", jar.toString(), "--port", String.valueOf(port), "--nocluster"));
        try {
            Path logs = Files.createDirectories(workDir.resolve("it-logs"));
            Path log = logs.resolve(name + ".log");
            Instant started = Instant.now();
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            String baseUrl = "http://127.0.0.1:" + port;
            RunningApplication app = new RunningApplication(name, process, baseUrl, log,
                    awaitReady(process, baseUrl, log, started), dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "stop-" + name));
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
    }

    private static Duration awaitReady(Process process, String baseUrl, Path log, Instant started) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create(baseUrl + "/health/ready"))
                .timeout(Duration.ofSeconds(5)).build();
        while (Duration.between(started, Instant.now()).compareTo(STARTUP_LIMIT) < 0) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " while starting; see " + log);
            }
            try {
                HttpResponse<String> response = client.send(ready, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return Duration.between(started, Instant.now());
                }
            } catch (IOException notYetListening) {
                // keep polling
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the application", e);
            }
            sleep(500);
        }
        appendThreadDump(process, log);
        process.destroyForcibly();
        throw new IllegalStateException("The application was not ready within " + STARTUP_LIMIT + "; see " + log);
    }

    /**
     * What every thread was doing when start-up gave up, at the end of the application's log: a
     * start-up that hangs (CI once waited 3 minutes for readiness after a 36 s boot) leaves no other trace.
     */
    private static void appendThreadDump(Process process, Path log) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(process.pid()), "Thread.print")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
            dump.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            System.err.println("No thread dump of " + process.pid() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the application the way Ctrl-C does (SIGTERM) and waits for it to exit. */
    public synchronized void stop() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Ends the process at once (SIGKILL), as a crash or a pulled plug would. */
    public synchronized void kill() {
        process.destroyForcibly();
        try {
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public int exitCode() {
        return process.exitValue();
    }

    public String url(String path) {
        return baseUrl + path;
    }

    public String name() {
        return name;
    }

    /** The application's data directory (database, search index, photos). */
    public Path dataDir() {
        return dataDir;
    }

    public Path log() {
        return log;
    }

    public Duration startupTime() {
        return startupTime;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return name + " at " + baseUrl;
    }
}
