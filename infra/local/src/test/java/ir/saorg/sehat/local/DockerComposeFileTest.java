package ir.saorg.sehat.local;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose.yml is valid Compose with nothing set in the environment, and builds every deployable module. */
class DockerComposeFileTest {

    static final Path COMPOSE = Path.of("..", "..", "docker-compose.yml");

    @Test
    void passesDockerComposeConfigWithAnEmptyEnvironment() throws Exception {
        Path tool = Arrays.stream(System.getenv("PATH").split(":")).map(dir -> Path.of(dir, "docker-compose"))
                .filter(Files::isExecutable).findFirst().orElse(null);
        assumeTrue(tool != null, "docker-compose is not installed here (apt-get install docker-compose checks the file)");
        var builder = new ProcessBuilder(tool.toString(), "-f", COMPOSE.toString(), "config", "-q").redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> !name.equals("PATH") && !name.equals("HOME"));
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
    }

    @Test
    void buildsEveryDeployableModuleFromTheSharedDockerfile() throws IOException {
        String compose = Files.readString(COMPOSE);
        for (String module : List.of("request-service", "code-service", "payment-service", "notification-service",
                "infra/gateway")) {
            assertThat(compose).contains("MODULE: " + module);
        }
        assertThat(compose).contains("infra/docker/service.Dockerfile");
    }
}
