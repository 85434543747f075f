package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Opens the embedded store's file. A file last written by mongo-java-server's plain H2 backend is brought up to date
 * first: its documents read as they are, but its unique indexes were ordered by the keys' Java serialization, so each
 * is read in full and written again in {@link IndexKeyOrder}, all in one commit. The file records that it has been.
 */
public final class EmbeddedStore {

    static final String INDEX_MAP_INFIX = "._index_";
    static final String FORMAT_MAP = "sehat.format";
    static final String INDEX_ORDER = "index-key-order";
    static final int CURRENT_INDEX_ORDER = 1;

    private static final Logger log = LoggerFactory.getLogger(EmbeddedStore.class);

    private EmbeddedStore() {
    }

    public static MongoBackend open(Path file) {
        bringIndexesUpToDate(file, name -> {
        });
        return new StoreBackend(MVStore.open(file.toString()));
    }

    /**
     * Rewrites what a file needs in one commit: its store is opened without auto-commit, so a failure or a crash on the
     * way leaves the file as it was, and the next start begins again.
     */
    static void bringIndexesUpToDate(Path file, Consumer<String> afterEachIndex) {
        MVStore store = new MVStore.Builder().fileName(file.toString()).autoCommitDisabled().autoCommitBufferSize(0)
                .open();
        try {
            MVMap<String, Object> format = store.openMap(FORMAT_MAP);
            if (!Integer.valueOf(CURRENT_INDEX_ORDER).equals(format.get(INDEX_ORDER))) {
                for (String name : store.getMapNames()) {
                    if (name.contains(INDEX_MAP_INFIX)) {
                        reorder(store, name);
                        afterEachIndex.accept(name);
                    }
                }
                format.put(INDEX_ORDER, CURRENT_INDEX_ORDER);
            }
        } catch (RuntimeException | Error e) {
            store.closeImmediately();
            throw e;
        }
        store.close();
    }

    private static void reorder(MVStore store, String name) {
        // Read through the current type too: it reads what either type wrote, and walking a map compares no keys.
        MVMap<KeyValue, Object> written = StoreBackend.openMap(store, name);
        Map<KeyValue, Object> entries = new LinkedHashMap<>(written);
        if (entries.size() != written.sizeAsLong()) {
            log.warn("Unique index {} held {} keys that are equal to others; {} keys are kept", name,
                    written.sizeAsLong() - entries.size(), entries.size());
        }
        store.removeMap(written);
        MVMap<KeyValue, Object> reordered = StoreBackend.openMap(store, name);
        reordered.putAll(entries);
        log.info("Unique index {} rewritten in the current key order ({} keys)", name, entries.size());
    }
}
