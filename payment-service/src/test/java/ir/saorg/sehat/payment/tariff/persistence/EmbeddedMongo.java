package ir.saorg.sehat.payment.tariff.persistence;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.springframework.data.mongodb.core.MongoTemplate;

/** An in-process MongoDB-wire-protocol server and a template on it, without a Spring context. */
final class EmbeddedMongo implements AutoCloseable {

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client;
    final MongoTemplate template;

    EmbeddedMongo() {
        var address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        template = new MongoTemplate(client, "payment-service");
    }

    @Override
    public void close() {
        client.close();
        server.shutdownNow();
    }
}
