package ir.saorg.sehat.platform.text;

/** Normalises what people type: Persian and Arabic-Indic digits to Latin, Arabic ي/ك to Persian ی/ک. */
public final class PersianText {

    private PersianText() {
    }

    public static String normalise(String input) {
        var out = new StringBuilder(input.length());
        input.codePoints().forEach(c -> {
            if (c >= '۰' && c <= '۹') {
                out.append((char) ('0' + (c - '۰')));
            } else if (c >= '٠' && c <= '٩') {
                out.append((char) ('0' + (c - '٠')));
            } else if (c == 'ي' || c == 'ى') {
                out.append('ی');
            } else if (c == 'ك') {
                out.append('ک');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString().strip();
    }
}
