package ir.saorg.sehat.notification.metrics.config;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wraps the senders and the feed store in counting decorators as they are created. */
@Configuration(proxyBeanMethods = false)
class NotificationMetersConfiguration {

    /** Static, as a post-processor must be; the registry is looked up lazily, at the first count. */
    @Bean
    static NotificationMeters notificationMeters(ObjectProvider<MeterRegistry> meters) {
        return new NotificationMeters(meters);
    }
}
