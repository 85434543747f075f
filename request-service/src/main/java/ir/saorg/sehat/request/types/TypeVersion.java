package ir.saorg.sehat.request.types;

import java.time.Instant;

/**
 * One stored version of a request type: the type as it was, when it was saved and by whom ({@code seed} for the
 * types Sehat starts with, otherwise the operator's token subject). Versions are never changed or removed.
 */
public record TypeVersion(RequestType type, Instant savedAt, String savedBy) {

    public static final String SEED = "seed";

    public String code() {
        return type.code();
    }

    public int version() {
        return type.version();
    }
}
