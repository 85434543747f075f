package ir.saorg.sehat.notification.webhooks.config;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.Dispatching;
import ir.saorg.sehat.notification.delivery.config.DeliveryConfiguration;
import ir.saorg.sehat.notification.delivery.persistence.MongoDeliveries;
import ir.saorg.sehat.notification.webhooks.ActiveSubscriptions;
import ir.saorg.sehat.notification.webhooks.FanningOut;
import ir.saorg.sehat.notification.webhooks.Redelivering;
import ir.saorg.sehat.notification.webhooks.Registering;
import ir.saorg.sehat.notification.webhooks.Subscriptions;
import ir.saorg.sehat.notification.webhooks.UrlGuard;
import ir.saorg.sehat.notification.webhooks.WebhookSender;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.Duration;

/** Webhooks: the address guard, the subscriptions, fan-out, sending and redelivery. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookConfiguration {

    @Bean
    UrlGuard urlGuard(WebhookProperties settings) {
        return UrlGuard.withSystemDns(settings.allowPrivateAddresses());
    }

    @Bean
    ActiveSubscriptions activeSubscriptions(Subscriptions subscriptions, Clock clock) {
        return new ActiveSubscriptions(subscriptions, clock, Duration.ofSeconds(2));
    }

    @Bean
    Registering registering(Subscriptions subscriptions, UrlGuard guard, ActiveSubscriptions active, Clock clock) {
        return new Registering(subscriptions, guard, active, clock);
    }

    @Bean
    FanningOut fanningOut(ActiveSubscriptions active, @Qualifier(DeliveryConfiguration.WEBHOOKS) MongoDeliveries deliveries,
                          @Qualifier("webhookDispatching") Dispatching dispatching) {
        return new FanningOut(active, deliveries, dispatching);
    }

    /**
     * Connections kept per host and port: several subscriptions may share one, each with its own bulkhead of 8 sends.
     * In all, enough for every subscriber's bulkhead to be busy at once in a deployment of a few hundred subscribers.
     */
    @Bean(destroyMethod = "close")
    CloseableHttpClient webhookClient(UrlGuard guard, WebhookProperties settings) {
        return WebhookSender.client(guard, settings.connectTimeout(), settings.requestTimeout(), 64, 2048);
    }

    @Bean
    WebhookSender webhookSender(CloseableHttpClient webhookClient, ActiveSubscriptions active, UrlGuard guard,
                                CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, Clock clock) {
        return new WebhookSender(webhookClient, active, guard, breakers, bulkheads, clock);
    }

    @Bean
    Redelivering redelivering(Subscriptions subscriptions,
                              @Qualifier(DeliveryConfiguration.WEBHOOKS) MongoDeliveries deliveries,
                              @Qualifier("webhookDispatching") Dispatching dispatching, Clock clock,
                              WebhookProperties settings) {
        return new Redelivering(subscriptions, deliveries, dispatching, clock, settings.redeliveryWindow(),
                settings.maxRedeliveries());
    }
}
