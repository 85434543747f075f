package ir.saorg.sehat.request.types;

import java.util.List;
import java.util.Optional;

/** Every version of every request type, as stored. A type's current version is its highest. */
public interface RequestTypeVersions {

    /** Stores a version; false when that (code, version) is taken, by an earlier write or a concurrent one. */
    boolean insert(TypeVersion version);

    /** The type's highest version. */
    Optional<TypeVersion> latest(String code);

    /** The highest version of every type. */
    List<TypeVersion> latestOfEvery();

    /** One version of a type. */
    Optional<TypeVersion> find(String code, int version);

    /** Every version of a type, newest first; empty when the type does not exist. */
    List<TypeVersion> historyOf(String code);
}
