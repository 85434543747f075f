package ir.saorg.sehat.request.bulk.persistence;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import ir.saorg.sehat.request.bulk.BatchFiles;
import org.bson.types.ObjectId;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Uploaded files in GridFS (bucket {@code batch_files}): in 255 KB chunks, never near a document's 16 MB limit. */
@Repository
class GridFsBatchFiles implements BatchFiles {

    static final String BUCKET = "batch_files";

    private final GridFSBucket bucket;

    GridFsBatchFiles(MongoTemplate mongo) {
        this.bucket = GridFSBuckets.create(mongo.getDb(), BUCKET);
    }

    @Override
    public String store(String name, byte[] content) {
        return bucket.uploadFromStream(name, new ByteArrayInputStream(content)).toHexString();
    }

    @Override
    public Optional<byte[]> read(String fileId) {
        if (!ObjectId.isValid(fileId)) {
            return Optional.empty();
        }
        try (var stream = bucket.openDownloadStream(new ObjectId(fileId))) {
            return Optional.of(stream.readAllBytes());
        } catch (MongoGridFSException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String fileId) {
        try {
            bucket.delete(new ObjectId(fileId));
        } catch (MongoGridFSException alreadyGone) {
            // Nothing left to delete.
        }
    }
}
