package ir.saorg.sehat.notification.email.config;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import ir.saorg.sehat.notification.delivery.GuardedSending;
import ir.saorg.sehat.notification.email.messaging.SmtpSender;
import ir.saorg.sehat.notification.email.messaging.StreamProviders;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The SMTP channel behind the {@code smtp} circuit breaker and bulkhead. */
@Configuration(proxyBeanMethods = false)
class EmailConfiguration {

    static final String GUARD = "smtp";

    @Bean
    SmtpSender smtpSender(JavaMailSenderImpl mail, @Value("${sehat.notification.email.from}") String from,
                          @Value("${sehat.notification.email.message-id-domain:sehat.saorg.ir}") String domain,
                          CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads) throws AddressException {
        StreamProviders.nameTheProvider();
        InternetAddress sender = new InternetAddress(from, true);
        return new SmtpSender(mail, sender, domain,
                new GuardedSending(breakers.circuitBreaker(GUARD), bulkheads.bulkhead(GUARD)));
    }
}
