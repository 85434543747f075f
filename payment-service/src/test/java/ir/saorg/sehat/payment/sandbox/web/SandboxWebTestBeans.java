package ir.saorg.sehat.payment.sandbox.web;

import ir.saorg.sehat.platform.testing.MutableClock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import ir.saorg.sehat.platform.problem.ProblemDetailsAdvice;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;

import static ir.saorg.sehat.payment.sandbox.web.ZarinpalSandboxWebTest.START;

/**
 * What the sandbox's web slice needs besides its own beans: an in-memory MongoDB-wire-protocol server, a clock the
 * tests move, and the platform's problem-details advice that the sandbox's error envelope must win over.
 */
@TestConfiguration(proxyBeanMethods = false)
class SandboxWebTestBeans {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer mongoServer() {
        var server = new MongoServer(new MemoryBackend());
        server.bind();
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer server) {
        return MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
    }

    @Bean
    MongoTemplate mongoTemplate(MongoClient client) {
        return new MongoTemplate(client, "payment-service");
    }

    @Bean
    MutableClock clock() {
        return new MutableClock(START);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice(new StaticMessageSource());
    }
}
