package ir.saorg.sehat.payment.tariff.config;

import ir.saorg.sehat.payment.tariff.Tariffs;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Budget tables from configuration: {@code sehat.payment.tariffs.<fiscal year>.<request type>=<rials>}. None are
 * configured by default, so every request is free until operators' uploaded tables arrive with the payment feature.
 *
 * @param tariffs rials by request type, by Jalali fiscal year
 */
@ConfigurationProperties("sehat.payment")
public record ConfiguredTariffs(Map<Integer, Map<String, Long>> tariffs) implements Tariffs {

    public ConfiguredTariffs {
        tariffs = tariffs == null ? Map.of() : Map.copyOf(tariffs);
    }

    @Override
    public OptionalLong of(String requestType, int fiscalYear) {
        Long rials = tariffs.getOrDefault(fiscalYear, Map.of()).get(requestType);
        return rials == null ? OptionalLong.empty() : OptionalLong.of(rials);
    }
}
