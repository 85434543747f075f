package ir.saorg.sehat.payment.tariff;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Turns a file's bytes into text. UTF-8, with or without a byte-order mark, is read as such; bytes that are not valid
 * UTF-8 are read as Windows-1256 (Excel's "CSV" on a Persian Windows). Anything that then still looks like binary
 * (control characters), and UTF-16 or Excel workbooks, is refused with an error that says what to do instead.
 */
final class DecodingTariffFile {

    static final Charset WINDOWS_1256 = Charset.forName("windows-1256");

    private DecodingTariffFile() {
    }

    /** The text, or empty with the reason added to {@code errors}. */
    static Optional<String> decode(byte[] bytes, List<TariffFileError> errors) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return strictly(bytes, 3, StandardCharsets.UTF_8).filter(DecodingTariffFile::looksLikeText)
                    .or(() -> refuse(errors, "tariff.file-encoding"));
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            return refuse(errors, "tariff.file-utf16");
        }
        if (startsWith(bytes, 'P', 'K', 3, 4) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            return refuse(errors, "tariff.file-workbook");
        }
        return strictly(bytes, 0, StandardCharsets.UTF_8).filter(DecodingTariffFile::looksLikeText)
                .or(() -> strictly(bytes, 0, WINDOWS_1256).filter(DecodingTariffFile::looksLikeText))
                .map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text)
                .or(() -> refuse(errors, "tariff.file-encoding"));
    }

    private static Optional<String> strictly(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** Text has no control characters but tab and line breaks; binary data and UTF-16 read as 8-bit have many. */
    private static boolean looksLikeText(String text) {
        return text.chars().noneMatch(c -> (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> refuse(List<TariffFileError> errors, String key) {
        errors.add(TariffFileError.ofFile(key));
        return Optional.empty();
    }
}
