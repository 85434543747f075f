package ir.saorg.sehat.platform.text;

import com.ibm.icu.text.NumberFormat;
import com.ibm.icu.util.ULocale;

/** Amounts of money as Iranians read them: rials with thousands separators, in Persian or Latin digits. */
public final class Rials {

    private Rials() {
    }

    /** e.g. {@code ۲٬۵۰۰٬۰۰۰ ریال}. */
    public static String persian(long rials) {
        return NumberFormat.getIntegerInstance(new ULocale("fa_IR")).format(rials) + " ریال";
    }

    /** e.g. {@code 2,500,000 rials}. */
    public static String english(long rials) {
        return NumberFormat.getIntegerInstance(ULocale.ENGLISH).format(rials) + " rials";
    }
}
