package ir.saorg.sehat.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the local stack is made of, and how each part is started. */
final class Parts {

    private final StackConfig config;
    private final String java;
    private final String classpath;

    Parts(StackConfig config) {
        this.config = config;
        this.java = ProcessHandle.current().info().command().orElse("java");
        this.classpath = System.getProperty("java.class.path");
    }

    /** Started first, all at once: the broker, the store and the mail server. */
    List<Part> infrastructure() {
        Path kafkaProperties = writeKafkaProperties();
        return List.of(
                new Part("kafka", infraJava("-Xmx512m", "kafka.Kafka", kafkaProperties.toString()), Map.of(),
                        List.of(config.kafkaPort(), config.controllerPort()),
                        Health.tcp(config.kafkaPort()).and(new KafkaReady(config.kafkaBootstrap())),
                        "Kafka (KRaft)      " + config.kafkaBootstrap()),
                new Part("mongo", infraJava("-Xmx256m", MongoMain.class.getName(), String.valueOf(config.mongoPort()),
                        config.data().resolve("mongo").resolve("sehat.mv").toString()), Map.of(),
                        List.of(config.mongoPort()), Health.tcp(config.mongoPort()),
                        "MongoDB (wire)     " + config.mongoUri()),
                new Part("mail", infraJava("-Xmx128m", MailMain.class.getName(), String.valueOf(config.smtpPort()),
                        String.valueOf(config.inboxPort())), Map.of(), List.of(config.smtpPort(), config.inboxPort()),
                        Health.tcp(config.smtpPort()).and(Health.http("http://127.0.0.1:" + config.inboxPort() + "/api/messages")),
                        "Mail inbox         http://localhost:" + config.inboxPort() + "  (SMTP 127.0.0.1:" + config.smtpPort() + ")"));
    }

    /** The command that formats the broker's empty storage directory, which KRaft needs before its first start. */
    List<String> formatKafkaStorage() {
        return infraJava("-Xmx128m", "kafka.tools.StorageTool", "format",
                "-t", org.apache.kafka.common.Uuid.randomUuid().toString(),
                "-c", config.pids().resolve("kafka.properties").toString());
    }

    /** Started once the infrastructure is ready, all at once. */
    List<Part> applications() {
        var common = Map.of(
                "SEHAT_KAFKA_BOOTSTRAP", config.kafkaBootstrap(),
                "SEHAT_MONGODB_URI", config.mongoUri(),
                "SPRING_MAIL_HOST", "127.0.0.1",
                "SPRING_MAIL_PORT", String.valueOf(config.smtpPort()),
                "SEHAT_PUBLIC_URL", config.publicUrl(),
                "SEHAT_ISSUER_URI", config.issuerUri(),
                // One JSON object per line (Elastic Common Schema), with traceId and spanId: see docs/runbook.md.
                "LOGGING_STRUCTURED_FORMAT_CONSOLE", "ecs");
        return List.of(
                service("identity", "infra/identity/target/identity.jar", config.identityPort(), common),
                service("request-service", "request-service/target/request-service.jar", config.requestPort(), common),
                service("payment-service", "payment-service/target/payment-service.jar", config.paymentPort(), common),
                service("code-service", "code-service/target/code-service.jar", config.codePort(), common),
                service("notification-service", "notification-service/target/notification-service.jar",
                        config.notificationPort(), notificationEnvironment(common)),
                service("gateway", "infra/gateway/target/gateway.jar", config.gatewayPort(), gatewayEnvironment(common)));
    }

    /** The gateway routes to every service, and logs people in at the identity provider (SEHAT_ISSUER_URI). */
    private Map<String, String> gatewayEnvironment(Map<String, String> common) {
        var env = new HashMap<>(common);
        env.put("SEHAT_REQUEST_SERVICE_URL", "http://127.0.0.1:" + config.requestPort());
        env.put("SEHAT_CODE_SERVICE_URL", "http://127.0.0.1:" + config.codePort());
        env.put("SEHAT_PAYMENT_SERVICE_URL", "http://127.0.0.1:" + config.paymentPort());
        env.put("SEHAT_NOTIFICATION_SERVICE_URL", "http://127.0.0.1:" + config.notificationPort());
        return Map.copyOf(env);
    }

    /**
     * notification-service also calls webhook subscribers, which locally run on this machine: its guard against
     * addresses inside the network (on by default) is relaxed for the local stack only.
     */
    static Map<String, String> notificationEnvironment(Map<String, String> common) {
        var env = new HashMap<>(common);
        env.put("SEHAT_WEBHOOKS_ALLOW_PRIVATE", "true");
        return Map.copyOf(env);
    }

    private Part service(String name, String jar, int port, Map<String, String> env) {
        Path jarPath = config.home().resolve(jar);
        if (!Files.isRegularFile(jarPath)) {
            throw new LaunchException(jarPath + " is missing: build first (./mvnw -DskipTests package), or let ./sehat up do it.");
        }
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(Arrays.stream(config.javaOptions().trim().split("\\s+")).filter(o -> !o.isBlank()).toList());
        command.addAll(List.of(ownerMark(), "-jar", jarPath.toString()));
        var withPort = new HashMap<>(env);
        withPort.put("SERVER_PORT", String.valueOf(port));
        String url = "http://127.0.0.1:" + port;
        String show = switch (name) {
            case "gateway" -> "Gateway (the API)  http://localhost:" + port;
            case "identity" -> "Identity (dev)     http://localhost:" + port + "  (users and clients: README)";
            default -> "";
        };
        return new Part(name, command, Map.copyOf(withPort), List.of(port), Health.http(url + "/actuator/health/readiness"),
                show);
    }

    /** Marks a process as this stack's, so that a pid file never names someone else's process (see Sehat.alive). */
    String ownerMark() {
        return "-Dsehat.var=" + config.var();
    }

    private List<String> infraJava(String heap, String mainClass, String... args) {
        List<String> command = new ArrayList<>(List.of(java, heap, "-XX:+UseSerialGC", ownerMark(),
                "-Dlog4j2.configurationFile=" + config.pids().resolve("log4j2.properties"), "-cp", classpath, mainClass));
        command.addAll(List.of(args));
        return command;
    }

    private Path writeKafkaProperties() {
        try {
            Files.createDirectories(config.pids());
            Files.writeString(config.pids().resolve("log4j2.properties"), """
                    status = warn
                    appender.console.type = Console
                    appender.console.name = STDOUT
                    appender.console.layout.type = PatternLayout
                    appender.console.layout.pattern = %d{ISO8601} %-5p [%c{1}] %m%n
                    rootLogger.level = INFO
                    rootLogger.appenderRef.stdout.ref = STDOUT
                    logger.request.name = kafka.request.logger
                    logger.request.level = WARN
                    """);
            Path properties = config.pids().resolve("kafka.properties");
            Files.writeString(properties, """
                    # Written by ./sehat up: a single-node KRaft broker for the local stack.
                    process.roles=broker,controller
                    node.id=1
                    controller.quorum.voters=1@127.0.0.1:%d
                    listeners=PLAINTEXT://127.0.0.1:%d,CONTROLLER://127.0.0.1:%d
                    advertised.listeners=PLAINTEXT://127.0.0.1:%d
                    controller.listener.names=CONTROLLER
                    inter.broker.listener.name=PLAINTEXT
                    listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
                    log.dirs=%s
                    num.partitions=6
                    offsets.topic.replication.factor=1
                    transaction.state.log.replication.factor=1
                    transaction.state.log.min.isr=1
                    share.coordinator.state.topic.replication.factor=1
                    share.coordinator.state.topic.min.isr=1
                    group.initial.rebalance.delay.ms=0
                    auto.create.topics.enable=true
                    """.formatted(config.controllerPort(), config.kafkaPort(), config.controllerPort(), config.kafkaPort(),
                    config.data().resolve("kafka")));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
