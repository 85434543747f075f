package ir.saorg.sehat.payment.sandbox;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SandboxControlTest {

    final List<Duration> slept = new ArrayList<>();
    final SandboxControl control = new SandboxControl(slept::add);

    @Test
    void byDefaultCallsPassAtOnce() {
        assertThatCode(control::gate).doesNotThrowAnyException();
        assertThat(slept).isEmpty();
    }

    @Test
    void everyCallWaitsTheDelay() {
        control.update(2_500L, null);
        control.gate();
        control.gate();
        assertThat(slept).containsExactly(Duration.ofMillis(2_500), Duration.ofMillis(2_500));
    }

    @Test
    void whenDownCallsAreRefusedWith52AfterTheDelay() {
        control.update(100L, true);
        assertThatThrownBy(control::gate).asInstanceOf(type(GatewayRefusal.class))
                .extracting(GatewayRefusal::code).isEqualTo(ZarinpalCode.UNAVAILABLE);
        assertThat(slept).containsExactly(Duration.ofMillis(100));
    }

    @Test
    void settingsLeftOutAreKept() {
        control.update(700L, true);
        assertThat(control.update(null, false)).isEqualTo(new SandboxControl.Settings(700, false));
        assertThat(control.update(0L, null)).isEqualTo(new SandboxControl.Settings(0, false));
    }

    @Test
    void theDelayIsBounded() {
        for (long delay : new long[]{-1, SandboxControl.MAX_DELAY_MILLIS + 1}) {
            assertThatThrownBy(() -> control.update(delay, null)).asInstanceOf(type(GatewayRefusal.class))
                    .extracting(GatewayRefusal::code).isEqualTo(ZarinpalCode.VALIDATION);
        }
        assertThat(control.update(SandboxControl.MAX_DELAY_MILLIS, null).delayMillis())
                .isEqualTo(SandboxControl.MAX_DELAY_MILLIS);
        assertThat(control.settings().down()).isFalse();
    }
}
