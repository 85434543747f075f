package ir.saorg.sehat.console.config;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.console.ThisService;
import ir.saorg.sehat.console.cluster.ClusterOverview;
import ir.saorg.sehat.console.cluster.ThroughputSeries;
import ir.saorg.sehat.console.deadletters.DeadLetterDesk;
import ir.saorg.sehat.console.deadletters.DeadLetterRecords;

import ir.saorg.sehat.console.deadletters.MongoDeadLetterActions;
import ir.saorg.sehat.console.health.SummarisingService;
import ir.saorg.sehat.platform.inbox.DeadLetterTopics;
import ir.saorg.sehat.platform.security.AccessRules;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.config.BindingServiceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The console in every service that has this library: its beans, its pages and its access rule. */
@AutoConfiguration
@ComponentScan(basePackages = "ir.saorg.sehat.console", includeFilters = @ComponentScan.Filter(
        type = org.springframework.context.annotation.FilterType.ANNOTATION,
        classes = {org.springframework.stereotype.Controller.class}), useDefaultFilters = false)
public class ConsoleAutoConfiguration {

    private static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(5);

    @Bean
    ThisService consoleThisService(@Value("${spring.application.name}") String name) {
        return new ThisService(name);
    }

    @Bean
    AccessRules consoleAccess() {
        return new ConsoleAccess();
    }

    @Bean
    DeadLetterTopics consoleDeadLetterTopics(ObjectProvider<BindingServiceProperties> bindings) {
        BindingServiceProperties declared = bindings.getIfAvailable();
        return declared == null ? new DeadLetterTopics(List.of()) : DeadLetterTopics.of(declared);
    }

    @Bean
    DeadLetterDesk consoleDeadLetterDesk(DeadLetterTopics topics, KafkaProperties kafka, MongoTemplate mongo,
                                         @Value("${spring.application.name}") String name) {
        var producers = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new StringSerializer(),
                new ByteArraySerializer());
        String servers = String.join(",", kafka.getBootstrapServers());
        return new DeadLetterDesk(topics, new DeadLetterRecords(servers, name + "-console", KAFKA_TIMEOUT),
                new MongoDeadLetterActions(mongo), new KafkaTemplate<>(producers), KAFKA_TIMEOUT, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    Admin consoleKafkaAdmin(KafkaProperties kafka, @Value("${spring.application.name}") String name) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                String.join(",", kafka.getBootstrapServers()), AdminClientConfig.CLIENT_ID_CONFIG, name + "-console"));
    }

    @Bean
    ClusterOverview consoleClusterOverview(Admin consoleKafkaAdmin) {
        return new ClusterOverview(consoleKafkaAdmin, KAFKA_TIMEOUT);
    }

    @Bean
    ThroughputSeries consoleThroughputSeries(ClusterOverview cluster) {
        return new ThroughputSeries(cluster::topics, Clock.systemUTC(), Duration.ofSeconds(4));
    }

    @Bean
    SummarisingService consoleSummarisingService(@Value("${spring.application.name}") String name,
                                                 ObjectProvider<HealthEndpoint> health, MeterRegistry meters,
                                                 DeadLetterDesk desk) {
        return new SummarisingService(name, health.getIfAvailable(), meters, desk);
    }
}
