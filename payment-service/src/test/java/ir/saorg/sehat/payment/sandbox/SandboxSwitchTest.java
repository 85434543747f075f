package ir.saorg.sehat.payment.sandbox;

import com.mongodb.client.MongoClients;
import ir.saorg.sehat.payment.sandbox.config.SandboxConfiguration;
import ir.saorg.sehat.payment.sandbox.config.SandboxProperties;
import ir.saorg.sehat.payment.sandbox.web.SandboxControlApi;
import ir.saorg.sehat.payment.sandbox.web.StartPayPage;
import ir.saorg.sehat.payment.sandbox.web.ZarinpalApi;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sehat.payment.sandbox.enabled}: on unless set to false; off means no sandbox bean and no endpoint. */
class SandboxSwitchTest {

    final WebApplicationContextRunner runner = new WebApplicationContextRunner()
            .withBean(MongoTemplate.class, () -> new MongoTemplate(MongoClients.create("mongodb://127.0.0.1:1"), "x"))
            .withUserConfiguration(SandboxConfiguration.class, ZarinpalApi.class, StartPayPage.class,
                    SandboxControlApi.class);

    @Test
    void onByDefaultWithDefaultSettings() {
        runner.run(context -> {
            assertThat(context).hasSingleBean(SandboxGateway.class).hasSingleBean(ZarinpalApi.class)
                    .hasSingleBean(StartPayPage.class).hasSingleBean(SandboxControlApi.class);
            SandboxProperties properties = context.getBean(SandboxProperties.class);
            assertThat(properties.merchantId()).isEqualTo("a1b2c3d4-0000-4000-8000-5e4a7c0de5a1");
            assertThat(properties.accessToken()).isEqualTo("sandbox-access-token");
            assertThat(properties.sessionLifetime()).isEqualTo(Duration.ofMinutes(15));
            assertThat(properties.reverseWindow()).isEqualTo(Duration.ofMinutes(30));
        });
    }

    @Test
    void settingsAreBound() {
        runner.withPropertyValues("sehat.payment.sandbox.session-lifetime=5m",
                        "sehat.payment.sandbox.merchant-id=0f0f0f0f-1111-4222-8333-444455556666")
                .run(context -> {
                    assertThat(context.getBean(SandboxProperties.class).sessionLifetime())
                            .isEqualTo(Duration.ofMinutes(5));
                    assertThat(context.getBean(SandboxProperties.class).merchantId())
                            .isEqualTo("0f0f0f0f-1111-4222-8333-444455556666");
                });
    }

    @Test
    void offWhenDisabled() {
        runner.withPropertyValues("sehat.payment.sandbox.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(SandboxGateway.class).doesNotHaveBean(ZarinpalApi.class)
                    .doesNotHaveBean(StartPayPage.class).doesNotHaveBean(SandboxControlApi.class)
                    .doesNotHaveBean(SandboxControl.class);
        });
    }
}
