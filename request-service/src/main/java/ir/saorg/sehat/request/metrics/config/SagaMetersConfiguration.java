package ir.saorg.sehat.request.metrics.config;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.request.metrics.SagaMeters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lets the lifecycle tell {@link SagaMeters} of each step. */
@Configuration(proxyBeanMethods = false)
class SagaMetersConfiguration {

    @Bean
    SagaMeters sagaMeters(MeterRegistry meters) {
        return new SagaMeters(meters);
    }
}
