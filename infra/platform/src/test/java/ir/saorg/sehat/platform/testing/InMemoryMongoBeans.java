package ir.saorg.sehat.platform.testing;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * For web slices ({@code @WebMvcTest}) that need a store without the whole application: an in-memory
 * MongoDB-wire-protocol server on a free port and a template on it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryMongoBeans {

    @Bean(destroyMethod = "shutdownNow")
    MongoServer inMemoryMongoServer() {
        var server = new MongoServer(new MemoryBackend());
        server.bind();
        return server;
    }

    @Bean(destroyMethod = "close")
    MongoClient mongoClient(MongoServer inMemoryMongoServer) {
        return MongoClients.create("mongodb://127.0.0.1:" + inMemoryMongoServer.getLocalAddress().getPort());
    }

    @Bean
    MongoTemplate mongoTemplate(MongoClient mongoClient) {
        return new MongoTemplate(mongoClient, "slice-test");
    }
}
