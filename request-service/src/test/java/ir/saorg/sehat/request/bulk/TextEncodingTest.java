package ir.saorg.sehat.request.bulk;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextEncodingTest {

    static final Charset CP1256 = Charset.forName("windows-1256");
    static final String HEADER = "nationalId,studentNumber,fullName\n";
    /** What Excel writes for Persian: Arabic ي and ك where Persian ی and ک have no place in the code page. */
    static final String NAME_1256 = "زهرا احمدي كرماني";

    @Test
    void readsUtf8WithoutAByteOrderMark() {
        var decoded = TextEncoding.decode(bytes(UTF8(HEADER + "0499370899,40112,زهرا احمدی\n")));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(decoded.text()).endsWith("زهرا احمدی\n");
    }

    @Test
    void readsUtf8WithAByteOrderMarkAndDropsTheMark() {
        var decoded = TextEncoding.decode(bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                UTF8(HEADER + "0499370899,40112,زهرا احمدی\n")));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF_8_BOM);
        assertThat(decoded.text()).startsWith("nationalId");
    }

    @Test
    void readsWhatExcelWritesForPersianInWindows1256() {
        var decoded = TextEncoding.decode((HEADER + "0499370899,40112," + NAME_1256 + "\n").getBytes(CP1256));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.WINDOWS_1256);
        assertThat(decoded.text()).contains(NAME_1256);
    }

    @Test
    void refusesAFileWhoseLaterLinesAreInWindows1256AndNamesTheFirstOfThem() {
        byte[] content = bytes(UTF8(HEADER + "0499370899,40112,زهرا احمدی\n1234567891,40113,علی رضایی\n"),
                ("2234567892,40114," + NAME_1256 + "\n").getBytes(CP1256));

        assertThatThrownBy(() -> TextEncoding.decode(content)).isInstanceOfSatisfying(BadFileException.class, e -> {
            assertThat(e.slug()).isEqualTo("bulk-file-mixed-encoding");
            assertThat(e.arguments()).containsExactly(4, TextEncoding.UTF_8);
        });
    }

    @Test
    void refusesAWindows1256FileWithUtf8LinesPastedIn() {
        byte[] content = bytes((HEADER + "0499370899,40112," + NAME_1256 + "\n").getBytes(CP1256),
                UTF8("1234567891,40113,علی رضایی\n"));

        assertThatThrownBy(() -> TextEncoding.decode(content)).isInstanceOfSatisfying(BadFileException.class,
                e -> assertThat(e.arguments()).containsExactly(3, TextEncoding.WINDOWS_1256));
    }

    @Test
    void aByteOrderMarkPromisesUtf8ForEveryLine() {
        byte[] content = bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, UTF8(HEADER),
                ("0499370899,40112," + NAME_1256 + "\n").getBytes(CP1256));

        assertThatThrownBy(() -> TextEncoding.decode(content)).isInstanceOfSatisfying(BadFileException.class,
                e -> assertThat(e.arguments()).containsExactly(2, TextEncoding.UTF_8));
    }

    @Test
    void tellsWindows1256ThatHappensToBeValidUtf8FromUtf8() {
        var pairs = TextEncoding.decode((HEADER + "0499370899,40112,عک ظپ\n").getBytes(CP1256));
        var french = TextEncoding.decode(UTF8(HEADER + "0499370899,40112,Université de Genève\n"));

        assertThat(pairs.text()).contains("عک ظپ");
        assertThat(pairs.encoding()).isEqualTo(TextEncoding.WINDOWS_1256);
        assertThat(french.text()).contains("Université de Genève");
    }

    /** The property below found this one: every byte of "ژي" in UTF-8 is also a letter in Windows-1256 (عکظٹ). */
    @Test
    void readsUtf8WhoseWindows1256ReadingNeedsUrduLetters() {
        var decoded = TextEncoding.decode(UTF8(HEADER + "0499370899,40112,ژي\r\n"));

        assertThat(decoded.encoding()).isEqualTo(TextEncoding.UTF_8);
        assertThat(decoded.text()).endsWith(",ژي\r\n");
    }

    @Test
    void refusesUtf16AndBinaryFiles() {
        byte[] utf16 = bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, HEADER.getBytes(StandardCharsets.UTF_16LE));
        byte[] binary = {0x25, 0x50, 0x44, 0x46, 0x00, 0x01, (byte) 0xC3};

        assertThatThrownBy(() -> TextEncoding.decode(utf16)).hasMessageContaining("bulk-file-utf16");
        assertThatThrownBy(() -> TextEncoding.decode(binary)).hasMessageContaining("bulk-file-not-text");
    }

    /** Names as Persian writes them: every word ends in one of the common final letters. */
    @Property
    void readsBackPersianRowsWrittenInEitherEncoding(@ForAll("persianNames") List<String> names) {
        var text = new StringBuilder(HEADER);
        names.forEach(name -> text.append("0499370899,40112,").append(name).append("\r\n"));

        assertThat(TextEncoding.decode(UTF8(text.toString())).text()).isEqualTo(text.toString());
        var fromExcel = TextEncoding.decode(text.toString().getBytes(CP1256));
        assertThat(fromExcel.text()).isEqualTo(text.toString());
        assertThat(fromExcel.encoding()).isEqualTo(TextEncoding.WINDOWS_1256);
    }

    @Provide
    Arbitrary<List<String>> persianNames() {
        Arbitrary<String> word = Arbitraries.strings().withChars("ابپتثجچحخدذرزژسشصضطظعغفقكگلمنوهي")
                .ofMinLength(1).ofMaxLength(7).flatMap(start -> Arbitraries.of("ا", "ر", "د", "ن", "ه", "ي", "و", "م")
                        .map(end -> start + end));
        Arbitrary<String> name = word.list().ofMinSize(1).ofMaxSize(3).map(words -> String.join(" ", words));
        return name.list().ofMinSize(1).ofMaxSize(20);
    }

    static byte[] UTF8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(byte[]... parts) {
        var out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
