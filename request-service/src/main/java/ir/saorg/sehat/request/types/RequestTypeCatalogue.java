package ir.saorg.sehat.request.types;

import java.util.List;
import java.util.Optional;

/** The request types Sehat accepts, each with its version history. */
public interface RequestTypeCatalogue {

    /** Every type, at its current version. */
    List<RequestType> all();

    /** The type's current version. */
    Optional<RequestType> current(String code);

    /** One version of a type, as a request submitted under it saw it. */
    Optional<RequestType> version(String code, int version);
}
