package ir.saorg.sehat.request.types;

import java.util.List;
import java.util.Optional;

/**
 * The seed types only, each at version 1, in memory: for unit tests of rules that read types. The service reads
 * {@link StoredTypeCatalogue}.
 */
public final class SeededTypeCatalogue implements RequestTypeCatalogue {

    @Override
    public List<RequestType> all() {
        return SeedTypes.ALL;
    }

    @Override
    public Optional<RequestType> current(String code) {
        return SeedTypes.ALL.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public Optional<RequestType> version(String code, int version) {
        return current(code).filter(t -> t.version() == version);
    }
}
