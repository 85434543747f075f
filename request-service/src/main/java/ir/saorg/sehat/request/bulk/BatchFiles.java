package ir.saorg.sehat.request.bulk;

import java.util.Optional;

/** Where uploaded files are kept, whole, until their batch is done (and after, for audit). */
public interface BatchFiles {

    /** Stores the file and returns its id. */
    String store(String name, byte[] content);

    Optional<byte[]> read(String fileId);

    void delete(String fileId);
}
