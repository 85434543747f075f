package ir.saorg.sehat.request.disputes.config;

import ir.saorg.sehat.request.disputes.ClosingOverdueDisputes;
import ir.saorg.sehat.request.disputes.Disputes;
import ir.saorg.sehat.request.disputes.FindingDisputes;
import ir.saorg.sehat.request.disputes.NegotiatingDispute;
import ir.saorg.sehat.request.disputes.NegotiationPeriod;
import ir.saorg.sehat.request.disputes.OpeningDispute;
import ir.saorg.sehat.request.disputes.SettlingDispute;
import ir.saorg.sehat.request.lifecycle.Requests;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The dispute rules as beans, on the application's clock and the configured negotiation period. */
@Configuration
@EnableConfigurationProperties(DisputeSettings.class)
class DisputeConfiguration {

    private final Clock clock;

    DisputeConfiguration(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfUnique(Clock::systemUTC);
    }

    @Bean
    NegotiationPeriod negotiationPeriod(DisputeSettings settings) {
        return new NegotiationPeriod(settings.negotiationPeriod());
    }

    @Bean
    FindingDisputes findingDisputes(Disputes disputes) {
        return new FindingDisputes(disputes);
    }

    @Bean
    ClosingOverdueDisputes closingOverdueDisputes(Disputes disputes) {
        return new ClosingOverdueDisputes(disputes, clock);
    }

    @Bean
    OpeningDispute openingDispute(Requests requests, Disputes disputes, NegotiationPeriod period) {
        return new OpeningDispute(requests, disputes, period, clock);
    }

    @Bean
    NegotiatingDispute negotiatingDispute(Disputes disputes, FindingDisputes finding,
                                          ClosingOverdueDisputes deadlines) {
        return new NegotiatingDispute(disputes, finding, deadlines, clock);
    }

    @Bean
    SettlingDispute settlingDispute(Disputes disputes, FindingDisputes finding, ClosingOverdueDisputes deadlines) {
        return new SettlingDispute(disputes, finding, deadlines, clock);
    }
}
