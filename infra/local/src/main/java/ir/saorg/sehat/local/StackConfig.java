package ir.saorg.sehat.local;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Where the local stack lives and which ports it uses. Every port can be moved with an environment variable, so a
 * second stack (the end-to-end test's) can run beside a developer's.
 *
 * @param home            the repository root, where the jars are built
 * @param var             where data, logs and pid files go
 * @param gatewayPort     the single origin
 * @param requestPort     request-service
 * @param codePort        code-service
 * @param paymentPort     payment-service
 * @param notificationPort notification-service
 * @param kafkaPort       the broker's client listener
 * @param controllerPort  the broker's KRaft controller listener
 * @param mongoPort       the MongoDB-wire-protocol server
 * @param smtpPort        the SMTP server
 * @param inboxPort       the web inbox of the SMTP server
 * @param identityPort    the development identity provider (OpenID Connect)
 * @param javaOptions     extra JVM options for the services and the gateway
 * @param startTimeout    how long the services may take to become ready ({@code SEHAT_START_TIMEOUT}, seconds;
 *                        240 by default, more on a machine busy with other work)
 */
public record StackConfig(Path home, Path var, int gatewayPort, int requestPort, int codePort, int paymentPort,
                          int notificationPort, int kafkaPort, int controllerPort, int mongoPort, int smtpPort,
                          int inboxPort, int identityPort, String javaOptions, Duration startTimeout) {

    public static StackConfig from(Path home, Map<String, String> env) {
        return new StackConfig(home.toAbsolutePath().normalize(),
                Path.of(env.getOrDefault("SEHAT_VAR", home.resolve("var").toString())).toAbsolutePath().normalize(),
                port(env, "SEHAT_GATEWAY_PORT", 8080), port(env, "SEHAT_REQUEST_PORT", 8081),
                port(env, "SEHAT_CODE_PORT", 8082), port(env, "SEHAT_PAYMENT_PORT", 8083),
                port(env, "SEHAT_NOTIFICATION_PORT", 8084), port(env, "SEHAT_KAFKA_PORT", 9092),
                port(env, "SEHAT_KAFKA_CONTROLLER_PORT", 9093), port(env, "SEHAT_MONGO_PORT", 27017),
                port(env, "SEHAT_SMTP_PORT", 3025), port(env, "SEHAT_INBOX_PORT", 8025),
                port(env, "SEHAT_IDENTITY_PORT", 9000),
                env.getOrDefault("SEHAT_JAVA_OPTS", "-XX:+UseSerialGC -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError"),
                Duration.ofSeconds(seconds(env, "SEHAT_START_TIMEOUT", 240)));
    }

    private static int seconds(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        try {
            int seconds = value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
            if (seconds < 1) {
                throw new NumberFormatException();
            }
            return seconds;
        } catch (NumberFormatException e) {
            throw new LaunchException(name + "=" + value + " is not a number of seconds.");
        }
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 1 || port > 65_535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new LaunchException(name + "=" + value + " is not a port number (1-65535).");
        }
    }

    public Path logs() {
        return var.resolve("log");
    }

    public Path pids() {
        return var.resolve("run");
    }

    public Path data() {
        return var.resolve("data");
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    /**
     * The address users reach the gateway at, which links in pages, QR codes and pay links use: SEHAT_PUBLIC_URL
     * when the launcher's environment sets it, else this stack's gateway on localhost.
     */
    public String publicUrl() {
        String configured = System.getenv("SEHAT_PUBLIC_URL");
        return configured == null || configured.isBlank() ? "http://localhost:" + gatewayPort : configured;
    }

    /** The issuer the services trust: this stack's development identity provider. */
    public String issuerUri() {
        return "http://localhost:" + identityPort;
    }

    public String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }
}
