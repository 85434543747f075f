package ir.saorg.sehat.request.types.config;

import ir.saorg.sehat.request.types.RequestTypeCatalogue;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which catalogue of request types the service reads. */
@Configuration
class RequestTypesConfiguration {

    @Bean
    RequestTypeCatalogue requestTypeCatalogue() {
        return new SeededTypeCatalogue();
    }
}
