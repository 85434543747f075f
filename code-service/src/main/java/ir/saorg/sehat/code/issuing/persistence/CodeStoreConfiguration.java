package ir.saorg.sehat.code.issuing.persistence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Puts the cache in front of the stored codes: whoever asks for {@code Codes} gets {@link CachedCodes}. */
@Configuration
@EnableConfigurationProperties(CodeCacheSettings.class)
class CodeStoreConfiguration {

    @Bean
    @Primary
    CachedCodes cachedCodes(MongoCodes store, CodeCacheSettings settings) {
        return new CachedCodes(store, settings.timeToLive(), settings.maximumSize());
    }
}
