package ir.saorg.sehat.request.bulk;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads a text file in UTF-8 (with or without a byte order mark) or Windows-1256, the code page Excel writes Persian
 * in. The two cannot be told apart by one byte, so each line is judged on its own: a line that is valid UTF-8 and
 * could only be Persian in UTF-8 is UTF-8; a line that is not valid UTF-8 is Windows-1256 (every byte is a character
 * there); a valid line that could be either counts for neither, unless no line decides (then Windows-1256 for Arabic
 * script, UTF-8 for other scripts). Lines of plain ASCII fit both. A file whose lines disagree was pasted together
 * from both and is refused, naming the first line that differs from the ones before it. A file with NUL bytes is not
 * text at all (a PDF, an image, UTF-16).
 */
public final class TextEncoding {

    public static final String UTF_8 = "UTF-8";
    public static final String UTF_8_BOM = "UTF-8 BOM";
    public static final String WINDOWS_1256 = "windows-1256";

    private static final Charset CP1256 = Charset.forName(WINDOWS_1256);
    /**
     * Bytes 0x80-0xBF that are Persian letters or joiners in Windows-1256 (پ چ ژ گ ک, ZWNJ, ZWJ). The code page's Urdu
     * letters (ٹ ڈ ڑ ں) are left out: Persian does not write them, so a reading that needs them is not Persian.
     */
    private static final Set<Integer> LETTER_BYTES_1256 = Set.of(0x81, 0x8D, 0x8E, 0x90, 0x98, 0x9D, 0x9E);

    private TextEncoding() {
    }

    /** The file's text and the encoding it was read in. */
    public record Decoded(String text, String encoding) {
    }

    public static Decoded decode(byte[] content) {
        if (startsWith(content, 0xFF, 0xFE) || startsWith(content, 0xFE, 0xFF)) {
            throw new BadFileException("bulk-file-utf16");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new BadFileException("bulk-file-not-text");
            }
        }
        boolean bom = startsWith(content, 0xEF, 0xBB, 0xBF);
        int start = bom ? 3 : 0;
        int firstUtf8 = 0;
        int firstOther = 0;
        boolean pairs = false;
        int line = 1;
        for (int from = start; from < content.length; line++) {
            int to = endOfLine(content, from);
            switch (kindOf(content, from, to, bom)) {
                case UTF8 -> firstUtf8 = firstUtf8 == 0 ? line : firstUtf8;
                case OTHER -> firstOther = firstOther == 0 ? line : firstOther;
                case PAIRS -> pairs = true;
                default -> {
                }
            }
            from = to + 1;
        }
        if (firstOther == 0 && (firstUtf8 != 0 || !pairs)) {
            return new Decoded(new String(content, start, content.length - start, StandardCharsets.UTF_8),
                    bom ? UTF_8_BOM : UTF_8);
        }
        if (bom) {
            throw new BadFileException("bulk-file-mixed-encoding", firstOther, UTF_8);
        }
        if (firstUtf8 != 0) {
            boolean utf8First = firstUtf8 < firstOther;
            throw new BadFileException("bulk-file-mixed-encoding", Math.max(firstUtf8, firstOther),
                    utf8First ? UTF_8 : WINDOWS_1256);
        }
        return new Decoded(new String(content, CP1256), WINDOWS_1256);
    }

    /**
     * ASCII fits both; UTF8 and OTHER (not valid UTF-8) are one each; PAIRS is Arabic script that is valid UTF-8 only
     * by pairs that Windows-1256 Persian makes too; EITHER is valid UTF-8 in another script (é, say).
     */
    private enum Kind { ASCII, UTF8, OTHER, PAIRS, EITHER }

    private static Kind kindOf(byte[] content, int from, int to, boolean bom) {
        boolean ascii = true;
        for (int i = from; i < to && ascii; i++) {
            ascii = content[i] >= 0;
        }
        if (ascii) {
            return Kind.ASCII;
        }
        String utf8 = strictUtf8(content, from, to);
        if (utf8 == null) {
            return Kind.OTHER;
        }
        if (bom) {
            return Kind.UTF8;
        }
        return arabicOnly(utf8) ? unambiguous(utf8) ? Kind.UTF8 : Kind.PAIRS : Kind.EITHER;
    }

    /** Whether every character beyond ASCII is Arabic script, or a space or mark Persian uses. */
    private static boolean arabicOnly(String text) {
        boolean arabic = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0600 && c <= 0x06FF || c >= 0xFB50 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFC) {
                arabic = true;
            } else if (!(c < 0x80 || c == 0xA0 || c == 0xAB || c == 0xBB || c >= 0x2000 && c <= 0x206F
                    || c == 0xFEFF)) {
                return false;
            }
        }
        return arabic;
    }

    /**
     * Whether the Arabic text could not be Windows-1256 that happens to be valid UTF-8: at least one letter has a
     * second byte that is no letter in Windows-1256. Windows-1256 text is valid UTF-8 only where each letter pairs up
     * with the next into a two-byte sequence, and the pairs Persian makes are ط ظ ع غ followed by پ چ ژ گ ک or a
     * joiner (عک reads as ژ). In UTF-8 Persian, every letter but ژ and ف ends in a byte that is no Persian letter there
     * (ي ends in the byte of the Urdu ٹ, so "ژي" in UTF-8 would read "عکظٹ" in Windows-1256).
     */
    private static boolean unambiguous(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0xFB50 || c >= 0x0600 && c <= 0x06FF && !LETTER_BYTES_1256.contains(0x80 | (c & 0x3F))) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] content, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int endOfLine(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }

    static boolean startsWith(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
