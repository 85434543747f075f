package ir.saorg.sehat.payment.sandbox.web;

import java.util.Locale;

/** Numbers as the pay page shows them: Persian digits and the Persian thousands separator (٬). */
final class PersianNumbers {

    private PersianNumbers() {
    }

    /** {@code 2500000} → {@code ۲٬۵۰۰٬۰۰۰ ریال}. */
    static String rials(long amount) {
        return persian(grouped(amount)) + " ریال";
    }

    /** {@code 2500000} → {@code 2,500,000}. */
    static String grouped(long amount) {
        return String.format(Locale.ROOT, "%,d", amount);
    }

    /** Latin digits to Persian ones, {@code ,} to {@code ٬}; anything else unchanged. */
    static String persian(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '0' && c <= '9') {
                out.append((char) ('۰' + (c - '0')));
            } else if (c == ',') {
                out.append('٬');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
