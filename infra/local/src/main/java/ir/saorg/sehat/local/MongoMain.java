package ir.saorg.sehat.local;

import de.bwaldvogel.mongo.MongoServer;
import ir.saorg.sehat.store.EmbeddedStore;

import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The local store: a MongoDB-wire-protocol server (mongo-java-server) whose H2 backend keeps data in one file, so it
 * survives a restart; {@link EmbeddedStore} opens it (documents as BSON, ADR 0015). No real MongoDB binary can be had
 * on this kind of machine; production runs on a MongoDB replica set. Arguments: port, data file.
 */
public final class MongoMain {

    private MongoMain() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]);
        Files.createDirectories(file.getParent());
        var server = new MongoServer(EmbeddedStore.open(file));
        server.bind("127.0.0.1", port);
        var stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.shutdown();
            stopped.countDown();
        }, "mongo-shutdown"));
        LoggerFactory.getLogger(MongoMain.class).info("MongoDB-wire-protocol server on 127.0.0.1:" + port + ", data in " + file);
        stopped.await();
    }
}
