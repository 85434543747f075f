package ir.saorg.sehat.payment.tariff.config;

import ir.saorg.sehat.payment.tariff.SeedingTariffTables;
import ir.saorg.sehat.payment.tariff.StoredTariffs;
import ir.saorg.sehat.payment.tariff.TariffFileRules;
import ir.saorg.sehat.payment.tariff.TariffTables;
import ir.saorg.sehat.payment.tariff.Tariffs;
import ir.saorg.sehat.payment.tariff.UploadingTariffTable;
import ir.saorg.sehat.payment.tariff.persistence.MongoTariffTables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Clock;
import java.util.HashSet;

/**
 * Wires the tariff tables. The unique index and the seeding from configuration happen while the {@link Tariffs}
 * bean is created, so before anything that decides payments (and any consumer) can ask for a tariff.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ConfiguredTariffs.class, TariffSettings.class})
public class TariffConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TariffConfiguration.class);

    @Bean
    TariffFileRules tariffFileRules(TariffSettings settings) {
        return new TariffFileRules(new HashSet<>(settings.requestTypes()), settings.tariffFiles().maxAmountRials(),
                settings.tariffFiles().maxSize().toBytes());
    }

    @Bean
    MongoTariffTables tariffTables(MongoTemplate mongo) {
        var tables = new MongoTariffTables(mongo);
        tables.ensureIndexes();
        return tables;
    }

    @Bean
    Tariffs tariffs(TariffTables tables, ConfiguredTariffs configured, TariffFileRules rules,
                    ObjectProvider<Clock> clock) {
        var seeded = new SeedingTariffTables(tables, rules, clock.getIfUnique(Clock::systemUTC))
                .seed(configured.tariffs());
        if (!seeded.isEmpty()) {
            log.info("Stored the configured tariff tables of {} as version 1", seeded);
        }
        return new StoredTariffs(tables);
    }

    @Bean
    UploadingTariffTable uploadingTariffTable(TariffTables tables, TariffFileRules rules,
                                              ObjectProvider<Clock> clock) {
        return new UploadingTariffTable(tables, rules, clock.getIfUnique(Clock::systemUTC));
    }
}
