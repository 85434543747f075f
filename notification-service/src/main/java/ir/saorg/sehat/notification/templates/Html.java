package ir.saorg.sehat.notification.templates;

/** Escaping for text placed in HTML, and removal of what could disguise it. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text as it may appear anywhere: control characters (line breaks that would split a mail header among them) become
     * spaces, and bidirectional overrides, which can make a link or a number read as something else, are dropped.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) {
                return;
            }
            out.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp);
        });
        return out.toString().strip();
    }
}
