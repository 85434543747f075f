package ir.saorg.sehat.request.intake.config;

import ir.saorg.sehat.request.intake.SubmittingRequest;
import ir.saorg.sehat.request.lifecycle.RequestLifecycle;
import ir.saorg.sehat.request.lifecycle.Requests;
import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The intake rules as a bean, shared by the single-request API and bulk files. */
@Configuration
class IntakeConfiguration {

    @Bean
    SubmittingRequest submittingRequest(RequestLifecycle lifecycle, Requests requests, RequestTypeCatalogue types,
                                        ObjectProvider<Clock> clock) {
        return new SubmittingRequest(lifecycle, requests, types, clock.getIfUnique(Clock::systemUTC));
    }
}
