package ir.saorg.sehat.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The store's health as a {@code ping} on the service's own database. Spring Boot's own check lists every database
 * and asks the server for {@code hello}, which the embedded MongoDB-wire-protocol server of the local stack and the
 * tests does not answer, so every service looked DOWN there; {@code ping} means the same on a real MongoDB.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoTemplate.class, HealthIndicator.class})
public class MongoPingHealth {

    @Bean("mongoHealthContributor")
    HealthIndicator mongoPing(MongoTemplate mongo) {
        return new AbstractHealthIndicator("MongoDB ping failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                mongo.executeCommand("{ ping: 1 }");
                builder.up().withDetail("database", mongo.getDb().getName());
            }
        };
    }
}
