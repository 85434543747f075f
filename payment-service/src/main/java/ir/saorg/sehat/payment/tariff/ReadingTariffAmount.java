package ir.saorg.sehat.payment.tariff;

import ir.saorg.sehat.platform.text.PersianText;

import java.util.regex.Pattern;

/**
 * Reads an amount in rials as people write it: Persian (۰-۹) or Arabic-Indic (٠-٩) digits, thousands separated by
 * {@code ,} {@code ٬} {@code ،} or spaces. It must be a whole, non-negative number no larger than the maximum.
 */
final class ReadingTariffAmount {

    /** Thousands separators, spaces and the invisible direction marks right-to-left editors insert. */
    private static final Pattern IGNORED =
            Pattern.compile("[,\u066C\u060C\\s\u00A0\u2007\u2009\u202F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]");
    private static final Pattern WHOLE = Pattern.compile("[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]*[.\u066B][0-9]*");
    private static final int MAX_DIGITS = 18;

    /**
     * The amount, or the key of what is wrong with it.
     *
     * @param amountRials the amount when {@code errorKey} is null
     * @param errorKey    null, or the message key of the error
     */
    record Reading(long amountRials, String errorKey) {

        boolean ok() {
            return errorKey == null;
        }
    }

    private ReadingTariffAmount() {
    }

    static Reading read(String text, long maxAmountRials) {
        if (text == null || text.isBlank()) {
            return error("tariff.amount-missing");
        }
        String cleaned = IGNORED.matcher(PersianText.normalise(text)).replaceAll("");
        boolean negative = cleaned.startsWith("-") || cleaned.startsWith("\u2212");
        String unsigned = negative ? cleaned.substring(1) : cleaned;
        boolean decimal = DECIMAL.matcher(unsigned).matches() && unsigned.chars().anyMatch(Character::isDigit);
        boolean nonZero = unsigned.chars().anyMatch(c -> c > '0' && c <= '9');
        if (negative && nonZero && (decimal || WHOLE.matcher(unsigned).matches())) {
            return error("tariff.amount-negative");
        }
        if (decimal) {
            return error("tariff.amount-not-whole");
        }
        if (!WHOLE.matcher(unsigned).matches()) {
            return error("tariff.amount-not-numeric");
        }
        String digits = unsigned.replaceFirst("^0+(?=.)", "");
        if (digits.length() > MAX_DIGITS || Long.parseLong(digits) > maxAmountRials) {
            return error("tariff.amount-absurd");
        }
        return new Reading(Long.parseLong(digits), null);
    }

    private static Reading error(String key) {
        return new Reading(0, key);
    }
}
