package ir.saorg.sehat.platform.security;

import java.util.List;

/**
 * Paths under which a bearer token is somebody else's, not Sehat's, and must not be checked as one: for example a
 * sandbox that stands for another organisation's server. Declare a bean; every such bean's prefixes are skipped.
 *
 * @param prefixes path prefixes, e.g. {@code /sandbox/}
 */
public record ForeignBearerPaths(List<String> prefixes) {

    public ForeignBearerPaths {
        prefixes = List.copyOf(prefixes);
    }
}
