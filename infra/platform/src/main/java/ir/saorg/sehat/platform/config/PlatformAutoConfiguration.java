package ir.saorg.sehat.platform.config;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.platform.inbox.EventHandlers;
import ir.saorg.sehat.platform.inbox.InboundEvents;
import ir.saorg.sehat.platform.inbox.ProcessedEvents;
import ir.saorg.sehat.platform.outbox.EventPublisher;
import ir.saorg.sehat.platform.outbox.KafkaEventPublisher;
import ir.saorg.sehat.platform.outbox.Outbox;
import ir.saorg.sehat.platform.outbox.OutboxDocuments;
import ir.saorg.sehat.platform.outbox.OutboxCollection;
import ir.saorg.sehat.platform.outbox.OutboxBacklog;
import ir.saorg.sehat.platform.outbox.OutboxRelay;
import ir.saorg.sehat.platform.outbox.OutboxTracing;
import ir.saorg.sehat.platform.observability.DeadLetterMeter;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import java.time.Clock;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import ir.saorg.sehat.platform.web.JsonBodyLimit;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;


/**
 * Wires the platform into a service: outbox relay (with its backlog gauges and the trace it carries), idempotent
 * inbound dispatch, dead-letter counts, its topic, problem details.
 */
@AutoConfiguration
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    MessageSource problemMessages() {
        return ProblemDetailsAdvice.messages();
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(MessageSource problemMessages) {
        return new ProblemDetailsAdvice(problemMessages);
    }

    @Bean
    JsonBodyLimit jsonBodyLimit(PlatformProperties platform) {
        return new JsonBodyLimit(platform.maxJsonBody().toBytes());
    }

    @Bean
    WebMvcConfigurer jsonBodyLimitInterceptor(JsonBodyLimit limit) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(limit);
            }
        };
    }

    @Bean
    @ConditionalOnMissingBean
    EventPublisher kafkaEventPublisher(KafkaProperties kafka, PlatformProperties platform, OutboxTracing tracing) {
        var producers = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new StringSerializer(),
                new ByteArraySerializer());
        return new KafkaEventPublisher(new KafkaTemplate<>(producers), platform.publishTimeout(), platform.topic(),
                tracing);
    }

    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer current = tracer.getIfUnique();
        Propagator propagation = propagator.getIfUnique();
        return current == null || propagation == null ? OutboxTracing.NONE : new OutboxTracing(current, propagation);
    }

    @Bean
    OutboxBacklog outboxBacklog(MongoTemplate mongo, ObjectProvider<OutboxCollection> collections,
                                PlatformProperties platform, MeterRegistry meters) {
        return new OutboxBacklog(mongo, collections.orderedStream().toList(), Clock.systemUTC(),
                platform.backlogCheckInterval(), meters);
    }

    @Bean
    DeadLetterMeter deadLetterMeter(MeterRegistry meters, ObjectProvider<BindingServiceProperties> bindings) {
        BindingServiceProperties declared = bindings.getIfAvailable();
        return declared == null ? new DeadLetterMeter(meters) : new DeadLetterMeter(meters, declared);
    }

    @Bean
    OutboxRelay outboxRelay(MongoTemplate mongo, ObjectProvider<OutboxCollection> collections,
                            EventPublisher publisher, PlatformProperties platform, MeterRegistry meters) {
        return new OutboxRelay(mongo, collections.orderedStream().toList(), publisher, platform.relayPollInterval(),
                platform.relayBatchSize(), meters);
    }

    @Bean
    Outbox outbox(@Value("${spring.application.name}") String serviceName, OutboxRelay relay,
                  OutboxTracing tracing) {
        return new Outbox(serviceName, relay, tracing);
    }

    @Bean
    OutboxDocuments outboxDocuments(MongoTemplate mongo, Outbox outbox) {
        return new OutboxDocuments(mongo, outbox);
    }

    @Bean
    ProcessedEvents processedEvents(MongoTemplate mongo) {
        return new ProcessedEvents(mongo);
    }

    @Bean
    @ConditionalOnBean(EventHandlers.class)
    InboundEvents inboundEvents(EventHandlers handlers, ProcessedEvents processed, MeterRegistry meters) {
        return new InboundEvents(handlers, processed, meters);
    }

    @Bean
    NewTopic ownTopic(PlatformProperties platform) {
        return TopicBuilder.name(platform.topic()).partitions(platform.partitions()).replicas(platform.replicas())
                .build();
    }
}
