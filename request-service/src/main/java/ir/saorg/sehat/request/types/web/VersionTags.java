package ir.saorg.sehat.request.types.web;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * A type version as an entity tag: version 3 is {@code "3"}. Read from {@code If-Match} leniently ({@code "3"} or
 * {@code 3}; a list matches when any of its tags does); a weak tag ({@code W/"3"}) never matches, as RFC 9110's
 * strong comparison demands.
 */
final class VersionTags {

    private VersionTags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    /** The versions an {@code If-Match} header names; {@code *} and unreadable tags name none. */
    static List<Integer> named(String ifMatch) {
        var versions = new ArrayList<Integer>();
        for (String tag : ifMatch.split(",")) {
            parse(tag.strip()).ifPresent(versions::add);
        }
        return versions;
    }

    private static OptionalInt parse(String tag) {
        if (tag.startsWith("W/")) {
            return OptionalInt.empty();
        }
        String bare = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                ? tag.substring(1, tag.length() - 1) : tag;
        if (!bare.matches("[0-9]{1,9}")) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(bare));
    }
}
