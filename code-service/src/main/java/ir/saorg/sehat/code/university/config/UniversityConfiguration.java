package ir.saorg.sehat.code.university.config;

import ir.saorg.sehat.code.university.Universities;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Map;

/**
 * The university directory from {@code sehat.code.universities.<code>.fa|en}; the shipped list is in
 * {@code universities.yml}, and the environment adds or renames one with e.g. {@code SEHAT_CODE_UNIVERSITIES_KNU_FA}.
 */
@Configuration
@EnableConfigurationProperties(UniversityConfiguration.UniversitySettings.class)
class UniversityConfiguration {

    @Bean
    Universities universities(UniversitySettings settings) {
        return new Universities(settings.universities() == null ? Map.of() : settings.universities());
    }

    /** @param universities each university's names by the code staff tokens carry */
    @ConfigurationProperties("sehat.code")
    record UniversitySettings(Map<String, Universities.Names> universities) {
    }
}
