package ir.saorg.sehat.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The single origin: routes the API and every page to the service that owns it (routes live in application.yml),
 * logs people in and relays their tokens, and limits each client's rate.
 */
@SpringBootApplication
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
