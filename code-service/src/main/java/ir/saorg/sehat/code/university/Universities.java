package ir.saorg.sehat.code.university;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The directory of universities: code to names. Codes are matched as the identity provider issues them; a code the
 * directory does not know is shown as itself, so a university added to the provider before it is added here still
 * reads sensibly.
 */
public class Universities {

    private final Map<String, University> known;

    /** @param names each code's Persian and English name */
    public Universities(Map<String, Names> names) {
        this.known = names.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> new University(e.getKey(), e.getValue().fa(), e.getValue().en())));
    }

    /** The university with this code, or null for no code at all. */
    public University named(String code) {
        if (code == null) {
            return null;
        }
        University university = known.get(code);
        return university != null ? university : new University(code, code, code);
    }

    /** A university's two names. */
    public record Names(String fa, String en) {

        public Names {
            if (fa == null || fa.isBlank() || en == null || en.isBlank()) {
                throw new IllegalArgumentException("a university needs a Persian and an English name");
            }
        }
    }
}
