package ir.saorg.sehat.code.verification.config;

import ir.saorg.sehat.code.issuing.Codes;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.verification.ClientFingerprint;
import ir.saorg.sehat.code.verification.VerificationAudit;
import ir.saorg.sehat.code.verification.VerificationLimits;
import ir.saorg.sehat.code.verification.Verifying;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** Wires public verification. */
@Configuration
@EnableConfigurationProperties(VerificationSettings.class)
class VerificationConfiguration {

    @Bean
    Verifying verifying(Codes codes, VerificationAudit audit, Universities universities,
                        VerificationSettings settings) {
        return new Verifying(codes, new VerificationLimits(settings.perClientPerMinute(), settings.perCodePerMinute()),
                audit, universities, Clock.systemUTC());
    }

    @Bean
    ClientFingerprint clientFingerprint(VerificationSettings settings) {
        return new ClientFingerprint(settings.fingerprintSecret());
    }
}
