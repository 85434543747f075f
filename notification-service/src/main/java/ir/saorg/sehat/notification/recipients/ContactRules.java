package ir.saorg.sehat.notification.recipients;

import ir.saorg.sehat.notification.delivery.Channel;
import ir.saorg.sehat.notification.templates.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks preferences a staff member sends and puts them in the stored form; every problem is reported at once. */
public final class ContactRules {

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern MOBILE = Pattern.compile("09\\d{9}");

    private ContactRules() {
    }

    /** One field that is wrong; {@code key} names its message in problems*.properties. */
    public record Violation(String field, String key) {
    }

    /** The preferences as sent, before checking. */
    public record Requested(String email, String mobile, String language, List<String> channels) {
    }

    /** The checked preferences, or what is wrong with them. */
    public record Checked(String email, String mobile, Language language, List<Channel> channels,
                          List<Violation> violations) {
    }

    public static Checked check(Requested requested) {
        List<Violation> violations = new ArrayList<>();
        String email = blankToNull(requested.email());
        if (email != null && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            violations.add(new Violation("email", "preferences.email-invalid"));
        }
        String mobile = normaliseMobile(requested.mobile());
        if (requested.mobile() != null && !requested.mobile().isBlank() && mobile == null) {
            violations.add(new Violation("mobile", "preferences.mobile-invalid"));
        }
        Language language = requested.language() == null ? Language.FA : Language.ofTag(requested.language());
        if (language == null) {
            violations.add(new Violation("language", "preferences.language-invalid"));
        }
        List<Channel> channels = new ArrayList<>();
        List<String> asked = requested.channels() == null ? List.of() : requested.channels();
        if (asked.size() > Channel.values().length) {
            violations.add(new Violation("channels", "preferences.channels-too-many"));
        } else {
            for (String name : asked) {
                Channel channel = channel(name);
                if (channel == null || channel == Channel.WEBHOOK) {
                    violations.add(new Violation("channels", "preferences.channel-unknown"));
                } else if (!channels.contains(channel)) {
                    channels.add(channel);
                }
            }
        }
        if (channels.contains(Channel.EMAIL) && email == null) {
            violations.add(new Violation("email", "preferences.email-needed"));
        }
        if (channels.contains(Channel.SMS) && mobile == null && violations.stream().noneMatch(v -> v.field().equals("mobile"))) {
            violations.add(new Violation("mobile", "preferences.mobile-needed"));
        }
        return new Checked(email == null ? null : email.toLowerCase(Locale.ROOT), mobile, language, channels,
                List.copyOf(violations));
    }

    /** A mobile number as 09xxxxxxxxx from the ways people write it (+98, 0098, Persian digits, spaces); else null. */
    public static String normaliseMobile(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 32) {
            return null;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : raw.strip().toCharArray()) {
            if (c >= '۰' && c <= '۹') {
                digits.append((char) ('0' + (c - '۰')));
            } else if (c >= '٠' && c <= '٩') {
                digits.append((char) ('0' + (c - '٠')));
            } else if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c == '+' && digits.isEmpty()) {
                digits.append("00");
            } else if (c != ' ' && c != '-') {
                return null;
            }
        }
        String number = digits.toString();
        if (number.startsWith("0098")) {
            number = "0" + number.substring(4);
        } else if (number.startsWith("98") && number.length() == 12) {
            number = "0" + number.substring(2);
        } else if (number.startsWith("9") && number.length() == 10) {
            number = "0" + number;
        }
        return MOBILE.matcher(number).matches() ? number : null;
    }

    private static Channel channel(String name) {
        if (name == null) {
            return null;
        }
        try {
            return Channel.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
