package ir.saorg.sehat.notification.templates;

import java.util.Locale;

/** The languages notifications are written in. */
public enum Language {
    /** Persian, right to left; the default. */
    FA("fa", "rtl", "right"),
    /** English, left to right. */
    EN("en", "ltr", "left");

    private final String tag;
    private final String direction;
    private final String align;

    Language(String tag, String direction, String align) {
        this.tag = tag;
        this.direction = direction;
        this.align = align;
    }

    public String tag() {
        return tag;
    }

    public String direction() {
        return direction;
    }

    public String align() {
        return align;
    }

    /** The language for a tag such as {@code fa} or {@code en-GB}; null for one Sehat does not write in. */
    public static Language ofTag(String tag) {
        if (tag == null) {
            return null;
        }
        String normalised = tag.strip().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (normalised.equals(language.tag) || normalised.startsWith(language.tag + "-")) {
                return language;
            }
        }
        return null;
    }
}
