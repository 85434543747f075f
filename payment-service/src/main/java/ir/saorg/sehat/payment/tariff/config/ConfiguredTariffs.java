package ir.saorg.sehat.payment.tariff.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Budget tables from configuration: {@code sehat.payment.tariffs.<fiscal year>.<request type>=<rials>}. None are
 * configured by default. At start-up each configured year with no stored table becomes that year's version 1
 * ({@link ir.saorg.sehat.payment.tariff.SeedingTariffTables}); after that, operators' uploads are the truth.
 *
 * @param tariffs rials by request type, by Jalali fiscal year
 */
@ConfigurationProperties("sehat.payment")
public record ConfiguredTariffs(Map<Integer, Map<String, Long>> tariffs) {

    public ConfiguredTariffs {
        tariffs = tariffs == null ? Map.of() : Map.copyOf(tariffs);
    }
}
