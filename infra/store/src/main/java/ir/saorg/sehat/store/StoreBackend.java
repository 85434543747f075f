package ir.saorg.sehat.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.util.List;

/**
 * mongo-java-server's H2 backend with every collection and unique index opened as a map of {@link StoredValues}.
 * Open one with {@link EmbeddedStore}, which also brings a file written by the plain backend up to date.
 */
final class StoreBackend extends H2Backend {

    StoreBackend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String name) {
        return new Database(name);
    }

    static <K, V> MVMap<K, V> openMap(MVStore store, String name) {
        return store.openMap(name, new MVMap.Builder<K, V>().keyType(new StoredValues()).valueType(new StoredValues()));
    }

    /**
     * An inner class because {@link H2Database}'s constructor already opens the existing collections, before a
     * subclass could have kept the store: the backend's is at hand from the first call.
     */
    private final class Database extends H2Database {

        private static final String DATA = "databases.";
        private static final String META = "meta.";

        Database(String name) {
            super(name, getMvStore(), getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collection, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            MVMap<KeyValue, Object> positions = openMap(getMvStore(), indexMapName(collection, indexName));
            return new StoreUniqueIndex(positions, indexName, keys, sparse);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collection, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collection);
            MVMap<Object, Document> documents = openMap(getMvStore(), DATA + namespace);
            MVMap<String, Object> meta = getMvStore().openMap(META + namespace);
            return new H2Collection(this, collection, options, documents, meta, getCursorRegistry());
        }

        /**
         * Opens this database's maps that nothing has opened (a renamed collection's, which mongo-java-server no
         * longer finds after a restart) as maps of {@link StoredValues} first: H2Database's drop would open them with
         * the plain type, which cannot read them.
         */
        @Override
        public void drop(Oplog oplog) {
            String indexes = getDatabaseName() + ".";
            String documents = DATA + getDatabaseName() + ".";
            for (String name : getMvStore().getMapNames()) {
                boolean index = name.startsWith(indexes) && name.contains(EmbeddedStore.INDEX_MAP_INFIX);
                if (index || name.startsWith(documents)) {
                    openMap(getMvStore(), name);
                }
            }
            super.drop(oplog);
        }

        private String indexMapName(String collection, String indexName) {
            return getFullCollectionNamespace(collection) + EmbeddedStore.INDEX_MAP_INFIX + indexName;
        }
    }
}
