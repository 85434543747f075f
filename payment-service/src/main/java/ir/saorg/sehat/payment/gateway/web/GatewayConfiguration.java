package ir.saorg.sehat.payment.gateway.web;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import ir.saorg.sehat.payment.gateway.PaymentGateway;
import ir.saorg.sehat.payment.gateway.ResilientPaymentGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.net.http.HttpClient;

/** The gateway client: Zarinpal's protocol over HTTP with time-outs, behind Resilience4j's breaker and retry. */
@Configuration
class GatewayConfiguration {

    static final String BREAKER = "paymentGateway";
    static final String RETRY = "paymentGatewayIdempotent";

    @Bean
    ResilientPaymentGateway paymentGateway(RestClient.Builder builder, ZarinpalProperties settings,
                                           CircuitBreakerRegistry breakers, RetryRegistry retries,
                                           Environment environment) {
        var client = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
        var factory = new JdkClientHttpRequestFactory(client);
        factory.setReadTimeout(settings.timeout());
        PaymentGateway zarinpal = new ZarinpalGateway(builder.clone().requestFactory(factory).build(), settings,
                () -> settings.apiUrl() == null || settings.apiUrl().isBlank()
                        ? "http://127.0.0.1:" + environment.getProperty("local.server.port") + "/sandbox/zarinpal"
                        : settings.apiUrl());
        return new ResilientPaymentGateway(zarinpal, breakers.circuitBreaker(BREAKER), retries.retry(RETRY));
    }
}
