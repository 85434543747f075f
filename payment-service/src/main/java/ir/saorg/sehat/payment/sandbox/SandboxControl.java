package ir.saorg.sehat.payment.sandbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How the sandbox misbehaves, for resilience tests: every protocol call first waits {@code delayMillis} (a slow
 * gateway) and then, when {@code down}, fails with {@code -52} (HTTP 503). Held in memory, shared by all threads;
 * a restart clears it.
 */
public final class SandboxControl {

    public static final long MAX_DELAY_MILLIS = 120_000;

    /** The current misbehaviour. */
    public record Settings(long delayMillis, boolean down) {
    }

    /** Waits; the production sleeper is {@link Thread#sleep(Duration)}. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final AtomicReference<Settings> settings = new AtomicReference<>(new Settings(0, false));
    private final Sleeper sleeper;

    public SandboxControl() {
        this(Thread::sleep);
    }

    public SandboxControl(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    public Settings settings() {
        return settings.get();
    }

    /** Changes what is given; a null leaves that setting as it is. */
    public Settings update(Long delayMillis, Boolean down) {
        if (delayMillis != null && (delayMillis < 0 || delayMillis > MAX_DELAY_MILLIS)) {
            throw GatewayRefusal.invalid("delayMillis", "The delay must be between 0 and " + MAX_DELAY_MILLIS + ".");
        }
        return settings.updateAndGet(current -> new Settings(delayMillis == null ? current.delayMillis() : delayMillis,
                down == null ? current.down() : down));
    }

    /** Before every protocol call: waits the delay, then refuses with {@code -52} when the gateway is down. */
    public void gate() {
        Settings now = settings.get();
        if (now.delayMillis() > 0) {
            try {
                sleeper.sleep(Duration.ofMillis(now.delayMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new GatewayRefusal(ZarinpalCode.UNAVAILABLE);
            }
        }
        if (now.down()) {
            throw new GatewayRefusal(ZarinpalCode.UNAVAILABLE);
        }
    }
}
