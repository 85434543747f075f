package ir.saorg.sehat.local;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** The command behind ./sehat: {@code up}, {@code down}, {@code status}, {@code bench [requests]}. */
public final class Sehat {

    static final List<String> PARTS = List.of("kafka", "mongo", "mail", "request-service", "payment-service",
            "code-service", "notification-service", "gateway");
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Sehat() {
    }

    public static void main(String[] args) {
        StackConfig config = null;
        try {
            config = StackConfig.from(Path.of(System.getProperty("sehat.home", ".")), System.getenv());
            String command = args.length == 0 ? "help" : args[0];
            switch (command) {
                case "up" -> up(config);
                case "down" -> down(config);
                case "status" -> status(config);
                case "bench" -> SagaBenchmark.run(config.gatewayPort(), config.issuerUri(), args.length > 1 ? Integer.parseInt(args[1]) : 1000, OUT);
                case "bench-verify" -> VerificationBenchmark.run(config.codePort(),
                        args.length > 1 ? Integer.parseInt(args[1]) : 50_000, OUT);
                default -> OUT.println("""
                        usage: ./sehat up        start everything, wait until ready, stay in the foreground (Ctrl-C stops)
                               ./sehat down      stop everything a ./sehat up started
                               ./sehat status    show what runs
                               ./sehat bench [N] submit N requests at once through the gateway and time them (default 1000)
                               ./sehat bench-verify [N]  N verifications against code-service beside a no-op (default 50000)""");
            }
        } catch (LaunchException e) {
            System.err.println("sehat: " + e.getMessage());
            System.exit(1);
        } catch (NumberFormatException e) {
            System.err.println("sehat: bench takes a whole number of requests");
            System.exit(2);
        }
    }

    private static void up(StackConfig config) {
        Path launcherPid = config.pids().resolve("sehat.pid");
        Optional<ProcessHandle> running = alive(launcherPid, config);
        if (running.isPresent()) {
            throw new LaunchException("Sehat is already running (pid " + running.get().pid()
                    + "). See ./sehat status, or stop it with ./sehat down.");
        }
        Instant start = Instant.now();
        OUT.println("Starting Sehat (logs in " + config.logs() + ") ...");
        Stack stack = Stack.create(config, OUT::println);
        createPidDirectory(config);
        writePid(launcherPid, ProcessHandle.current().pid());
        var stopping = new AtomicBoolean();
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            stopping.set(true);
            OUT.println("\nStopping Sehat ...");
            stack.close();
            deleteQuietly(launcherPid);
            OUT.println("Stopped.");
            stopped.countDown();
        }, "sehat-down"));
        try {
            stack.startAll();
        } catch (LaunchException e) {
            deleteQuietly(launcherPid);
            throw e;
        }
        printWelcome(config, stack, Duration.between(start, Instant.now()));
        watch(stack, stopping, stopped);
    }

    /** Reports a part that dies while the stack runs; Ctrl-C reaches every part at once, so not while stopping. */
    private static void watch(Stack stack, AtomicBoolean stopping, CountDownLatch stopped) {
        boolean reported = false;
        try {
            while (!stopped.await(2, TimeUnit.SECONDS)) {
                var dead = stack.firstDead();
                if (dead.isPresent() && !reported && !stopping.get()) {
                    OUT.println("! " + dead.get().part().name() + " stopped unexpectedly; see "
                            + stack.config().logs().resolve(dead.get().part().name() + ".log")
                            + ". The rest keeps running; ./sehat down stops it.");
                    reported = true;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void printWelcome(StackConfig config, Stack stack, Duration took) {
        OUT.printf("%nSehat is up (%.1f s).%n", took.toMillis() / 1000.0);
        stack.running().stream().map(r -> r.part().show()).filter(s -> !s.isEmpty()).forEach(s -> OUT.println("  " + s));
        OUT.println("  Portal             http://localhost:" + config.gatewayPort() + "  (console for administrators: /admin)");
        OUT.println("  Health             http://localhost:" + config.gatewayPort() + "/actuator/health");
        OUT.println("  Logs               " + config.logs());
        OUT.println("""

                Try it as the University of Tehran's system: get a token, submit a request, then follow it
                (the code appears at once; the first request after a start takes ~1.5 s):
                  TOKEN=$(curl -s -u ut-system:ut-system-secret -d grant_type=client_credentials \\
                    %2$s/oauth2/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -si -X POST http://localhost:%1$d/api/v1/requests -H "Authorization: Bearer $TOKEN" \\
                    -H 'Content-Type: application/json' \\
                    -d '{"type":"ENROLMENT_CERTIFICATE","fields":{"nationalId":"0499370899","studentNumber":"4011234567","fullName":"زهرا احمدی"}}'
                  curl -s -H "Authorization: Bearer $TOKEN" http://localhost:%1$d/api/v1/requests/<id from the Location header>
                  curl -s http://localhost:%1$d/api/v1/verifications/<the code>

                Ctrl-C stops everything (or ./sehat down from another terminal).""".formatted(config.gatewayPort(),
                config.issuerUri()));
    }

    private static void down(StackConfig config) {
        Path launcherPid = config.pids().resolve("sehat.pid");
        alive(launcherPid, config).ifPresent(launcher -> {
            OUT.println("Stopping Sehat (pid " + launcher.pid() + ") ...");
            launcher.destroy();
            launcher.onExit().orTimeout(90, TimeUnit.SECONDS).exceptionally(t -> null).join();
        });
        deleteQuietly(launcherPid);
        for (String part : PARTS.reversed()) {
            Path pid = config.pids().resolve(part + ".pid");
            alive(pid, config).ifPresent(process -> {
                OUT.println("  stopping " + part + " (pid " + process.pid() + ")");
                process.destroy();
                if (process.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join() == null) {
                    process.destroyForcibly();
                }
            });
            deleteQuietly(pid);
        }
        OUT.println("Sehat is down.");
    }

    private static void status(StackConfig config) {
        var launcher = alive(config.pids().resolve("sehat.pid"), config);
        OUT.println(launcher.map(p -> "Sehat is running (launcher pid " + p.pid() + ").").orElse("Sehat is not running."));
        for (String part : PARTS) {
            var process = alive(config.pids().resolve(part + ".pid"), config);
            OUT.printf("  %-22s %s%n", part, process.map(p -> "running, pid " + p.pid()).orElse("stopped"));
        }
    }

    /**
     * The process a pid file names, if it is alive and one of this stack's: its arguments carry this stack's home or
     * var folder. A pid file that outlived its process (after a kill -9 or a reboot) may name someone else's process
     * by now, which must never be stopped.
     */
    static Optional<ProcessHandle> alive(Path pidFile, StackConfig config) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readString(pidFile).strip());
            List<String> marks = List.of("-Dsehat.var=" + config.var(), "-Dsehat.home=" + config.home());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().arguments().map(List::of).orElse(List.of()).stream()
                            .anyMatch(argument -> marks.stream().anyMatch(argument::startsWith)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void createPidDirectory(StackConfig config) {
        try {
            Files.createDirectories(config.pids());
        } catch (IOException e) {
            throw new LaunchException("cannot create " + config.pids() + ": " + e.getMessage());
        }
    }

    private static void writePid(Path file, long pid) {
        try {
            Files.writeString(file, String.valueOf(pid));
        } catch (IOException e) {
            throw new LaunchException("cannot write " + file + ": " + e.getMessage());
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // nothing to clean up then
        }
    }
}
