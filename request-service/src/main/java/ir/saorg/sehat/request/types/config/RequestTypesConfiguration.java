package ir.saorg.sehat.request.types.config;

import ir.saorg.sehat.request.types.DefiningRequestType;
import ir.saorg.sehat.request.types.SeedTypes;
import ir.saorg.sehat.request.types.SeedingRequestTypes;
import ir.saorg.sehat.request.types.StoredTypeCatalogue;
import ir.saorg.sehat.request.types.persistence.MongoRequestTypeVersions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;

/**
 * The request types, stored in MongoDB with every version. The unique index and the seed types are in place while
 * the catalogue bean is created, so before the intake (or anything else) can read a type.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RequestTypeSettings.class)
class RequestTypesConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RequestTypesConfiguration.class);

    @Bean
    MongoRequestTypeVersions requestTypeVersions(MongoTemplate mongo) {
        var versions = new MongoRequestTypeVersions(mongo);
        versions.ensureIndexes();
        return versions;
    }

    @Bean
    StoredTypeCatalogue requestTypeCatalogue(MongoRequestTypeVersions versions, RequestTypeSettings settings,
                                             ObjectProvider<Clock> clock) {
        var seeded = new SeedingRequestTypes(versions, clock.getIfUnique(Clock::systemUTC)).seed(SeedTypes.ALL);
        if (!seeded.isEmpty()) {
            log.info("Stored the seed request types {} as version 1", seeded);
        }
        return new StoredTypeCatalogue(versions, settings.cacheRefresh());
    }

    @Bean
    DefiningRequestType definingRequestType(MongoRequestTypeVersions versions, StoredTypeCatalogue catalogue,
                                            ObjectProvider<Clock> clock) {
        return new DefiningRequestType(versions, catalogue, clock.getIfUnique(Clock::systemUTC));
    }
}
