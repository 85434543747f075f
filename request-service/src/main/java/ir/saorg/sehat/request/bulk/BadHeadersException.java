package ir.saorg.sehat.request.bulk;

import java.util.List;

/**
 * The header row does not name the type's fields: nothing of the file is stored. Lists every fault at once.
 *
 * @param unknown   header cells that name no field of the type
 * @param duplicate fields named by more than one column
 * @param missing   required fields no column names
 * @param unnamed   columns (from 1) with a blank header between named ones
 * @param expected  the field names the type's guide has, in order
 */
public class BadHeadersException extends RuntimeException {

    private final transient List<String> unknown;
    private final transient List<String> duplicate;
    private final transient List<String> missing;
    private final transient List<Integer> unnamed;
    private final transient List<String> expected;

    public BadHeadersException(List<String> unknown, List<String> duplicate, List<String> missing,
                               List<Integer> unnamed, List<String> expected) {
        super("bad headers: unknown " + unknown + ", duplicate " + duplicate + ", missing " + missing + ", unnamed "
                + unnamed);
        this.unknown = List.copyOf(unknown);
        this.duplicate = List.copyOf(duplicate);
        this.missing = List.copyOf(missing);
        this.unnamed = List.copyOf(unnamed);
        this.expected = List.copyOf(expected);
    }

    public List<String> unknown() {
        return unknown;
    }

    public List<String> duplicate() {
        return duplicate;
    }

    public List<String> missing() {
        return missing;
    }

    public List<Integer> unnamed() {
        return unnamed;
    }

    public List<String> expected() {
        return expected;
    }
}
