package ir.saorg.sehat.request.sla.config;

import io.micrometer.core.instrument.MeterRegistry;
import ir.saorg.sehat.request.sla.DetectingBreaches;
import ir.saorg.sehat.request.sla.InitialResultTimer;
import ir.saorg.sehat.request.sla.MeasuringSla;
import ir.saorg.sehat.request.sla.OpenPastTargetGauge;
import ir.saorg.sehat.request.sla.SlaRecords;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The agreement's clocks as beans. */
@Configuration
@EnableConfigurationProperties(SlaProperties.class)
class SlaConfiguration {

    @Bean
    MeasuringSla measuringSla(SlaRecords records, RequestTypeCatalogue types, ObjectProvider<Clock> clock,
                              SlaProperties settings) {
        return new MeasuringSla(records, types, clock.getIfUnique(Clock::systemUTC), settings.reportLimit());
    }

    @Bean
    DetectingBreaches detectingBreaches(SlaRecords records, MeterRegistry meters, ObjectProvider<Clock> clock,
                                        SlaProperties settings) {
        return new DetectingBreaches(records, meters, clock.getIfUnique(Clock::systemUTC), settings.catchUp());
    }

    @Bean
    OpenPastTargetGauge openPastTargetGauge(SlaRecords records, RequestTypeCatalogue types, ObjectProvider<Clock> clock,
                                            MeterRegistry meters) {
        return new OpenPastTargetGauge(records, types, clock.getIfUnique(Clock::systemUTC), meters);
    }

    @Bean
    InitialResultTimer initialResultTimer(MeterRegistry meters) {
        return new InitialResultTimer(meters);
    }
}
