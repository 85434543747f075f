package ir.saorg.sehat.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development identity provider of the local stack: OpenID Connect on Spring Authorization Server, with the seeded
 * staff, operator, administrator and client applications of {@link DevelopmentDirectory}. Never deployed: production
 * points the services at a real provider.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IdentityApplication {

    public static void main(String[] args) {
        SpringApplication.run(IdentityApplication.class, args);
    }
}
