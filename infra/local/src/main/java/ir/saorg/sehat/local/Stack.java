package ir.saorg.sehat.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The running local stack: starts every part as its own process with its own log, waits until each is ready, and
 * stops them all, newest first. Used by ./sehat up and by the end-to-end test alike.
 */
public final class Stack implements AutoCloseable {

    private static final Duration INFRA_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final StackConfig config;
    private final Consumer<String> say;
    private final List<Running> running = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The parts started together, in start order; stopping undoes them newest phase first. */
    private final List<List<Running>> phases = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile boolean closed;

    /** A started part and its process. */
    public record Running(Part part, Process process) {
    }

    /** The broker, the store and the mail server get 3/8 of the services' time, as 90 s is of 240 s; never less. */
    static Duration infrastructureTimeout(Duration services) {
        Duration share = services.multipliedBy(3).dividedBy(8);
        return share.compareTo(INFRA_TIMEOUT) > 0 ? share : INFRA_TIMEOUT;
    }

    private Stack(StackConfig config, Consumer<String> say) {
        this.config = config;
        this.say = say;
    }

    /** A stack not started yet; {@link #close()} may be called from another thread at any time, even while starting. */
    public static Stack create(StackConfig config, Consumer<String> say) {
        return new Stack(config, say);
    }

    /** Starts the whole stack and returns it once every part is ready (see {@link #startAll()}). */
    public static Stack start(StackConfig config, Consumer<String> say) {
        Stack stack = create(config, say);
        stack.startAll();
        return stack;
    }

    /**
     * Starts every part and returns once each is ready.
     *
     * @throws LaunchException when a port is taken, a jar is missing, a part fails to come up, or the stack was closed
     *                         meanwhile; whatever had started is stopped again
     */
    public void startAll() {
        var parts = new Parts(config);
        List<Part> infrastructure = parts.infrastructure();
        List<Part> applications = parts.applications();
        checkPortsFree(infrastructure, applications);
        try {
            createDirectories(config);
            if (!Files.exists(config.data().resolve("kafka").resolve("meta.properties"))) {
                runToCompletion("kafka-format", parts.formatKafkaStorage());
            }
            startAll(infrastructure, infrastructureTimeout(config.startTimeout()));
            startAll(applications, config.startTimeout());
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    public List<Running> running() {
        return List.copyOf(running);
    }

    public StackConfig config() {
        return config;
    }

    /** The first part whose process has ended, if any. */
    public java.util.Optional<Running> firstDead() {
        return running.stream().filter(r -> !r.process().isAlive()).findFirst();
    }

    private void startAll(List<Part> parts, Duration timeout) {
        List<Running> phase = new java.util.concurrent.CopyOnWriteArrayList<>();
        phases.add(phase);
        for (Part part : parts) {
            var started = new Running(part, launch(part));
            phase.add(started);
            running.add(started);
            say.accept("  starting " + part.name());
        }
        Instant deadline = Instant.now().plus(timeout);
        List<Part> waiting = new ArrayList<>(parts);
        while (!waiting.isEmpty()) {
            if (closed) {
                throw new LaunchException("stopped while starting");
            }
            for (var it = waiting.iterator(); it.hasNext(); ) {
                Part part = it.next();
                Process process = processOf(part);
                if (!process.isAlive()) {
                    throw new LaunchException(part.name() + " stopped while starting (exit " + process.exitValue()
                            + "). Its log, " + log(part.name()) + ", ends:\n" + tail(log(part.name())));
                }
                if (part.health().ready()) {
                    say.accept("  ready    " + part.name());
                    it.remove();
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new LaunchException(String.join(", ", waiting.stream().map(Part::name).toList())
                        + " not ready after " + timeout.toSeconds() + " s. See " + config.logs() + ".");
            }
            pause();
        }
    }

    private synchronized Process launch(Part part) {
        if (closed) {
            throw new LaunchException("stopped while starting");
        }
        try {
            var builder = new ProcessBuilder(part.command()).directory(config.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(part.name()).toFile()));
            builder.environment().putAll(part.env());
            Process process = builder.start();
            Files.writeString(config.pids().resolve(part.name() + ".pid"), String.valueOf(process.pid()));
            return process;
        } catch (IOException e) {
            throw new LaunchException("cannot start " + part.name() + ": " + e.getMessage());
        }
    }

    private void runToCompletion(String name, List<String> command) {
        Process process = launch(new Part(name, command, java.util.Map.of(), List.of(), () -> true, ""));
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new LaunchException(name + " failed. Its log, " + log(name) + ", ends:\n" + tail(log(name)));
            }
            Files.deleteIfExists(config.pids().resolve(name + ".pid"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException(name + " interrupted");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops every part, newest first: politely, then by force after a grace period. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        for (List<Running> phase : new ArrayList<>(phases).reversed()) {
            stopAll(phase);
        }
        phases.clear();
        running.clear();
    }

    private void stopAll(List<Running> parts) {
        parts.forEach(r -> r.process().destroy());
        for (Running r : parts) {
            try {
                if (!r.process().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
                    say.accept("  " + r.part().name() + " did not stop in " + STOP_GRACE.toSeconds() + " s; killing it");
                    r.process().destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                r.process().destroyForcibly();
            }
            try {
                Files.deleteIfExists(config.pids().resolve(r.part().name() + ".pid"));
            } catch (IOException ignored) {
                // a stale pid file is recognised as stale by ./sehat status and down
            }
        }
    }

    private Process processOf(Part part) {
        return running.stream().filter(r -> r.part() == part).findFirst().orElseThrow().process();
    }

    Path log(String name) {
        return config.logs().resolve(name + ".log");
    }

    /** The end of a log, starting at its first error if there is one, so that the cause shows rather than noise. */
    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            int from = Math.max(0, lines.size() - 25);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains("Exception") || lines.get(i).contains(" ERROR ")) {
                    from = i;
                    break;
                }
            }
            return String.join("\n", lines.subList(from, Math.min(lines.size(), from + 25)));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void checkPortsFree(List<Part> infrastructure, List<Part> applications) {
        List<Part> all = new ArrayList<>(infrastructure);
        all.addAll(applications);
        for (Part part : all) {
            for (int port : part.ports()) {
                try (var socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                    socket.setReuseAddress(true);
                } catch (IOException taken) {
                    throw new LaunchException("port " + port + " (" + part.name() + ") is already in use. Is Sehat "
                            + "already running? Try ./sehat status or ./sehat down, or move it with the SEHAT_*_PORT "
                            + "variables (see README.md).");
                }
            }
        }
    }

    private static void createDirectories(StackConfig config) {
        try {
            Files.createDirectories(config.logs());
            Files.createDirectories(config.pids());
            Files.createDirectories(config.data().resolve("kafka"));
            Files.createDirectories(config.data().resolve("mongo"));
        } catch (IOException e) {
            throw new LaunchException("cannot create " + config.var() + ": " + e.getMessage());
        }
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchException("interrupted while starting");
        }
    }
}
