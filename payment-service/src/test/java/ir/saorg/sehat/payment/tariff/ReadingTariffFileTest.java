package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.RULES;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.csv;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.json;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.utf8;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.windows1256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

class ReadingTariffFileTest {

    private final ReadingTariffFile reading = new ReadingTariffFile(RULES);

    private ReadTariffFile read(TariffFile file) {
        return reading.read(file, 1405);
    }

    private List<TariffFileError> errorsOf(TariffFile file) {
        var thrown = catchThrowableOfType(InvalidTariffFileException.class, () -> reading.read(file, 1405));
        assertThat(thrown).as("the file is refused").isNotNull();
        return thrown.errors();
    }

    @Nested
    class Csv {

        @Test
        void readsTheEnglishHeaderWithANoteColumnAndZeroAsAnAmount() {
            var read = read(csv("""
                    requestType,amountRials,note
                    ENROLMENT_CERTIFICATE,2500000,مصوبهٔ هیئت امنا
                    FOREIGN_DEGREE_EVALUATION,0,
                    """));

            assertThat(read.format()).isEqualTo(TariffFileFormat.CSV);
            assertThat(read.rows()).containsExactly(
                    new TariffRow("ENROLMENT_CERTIFICATE", 2_500_000, "مصوبهٔ هیئت امنا"),
                    new TariffRow("FOREIGN_DEGREE_EVALUATION", 0, null));
        }

        @Test
        void readsPersianHeadersSemicolonsBlankLinesAndPersianOrArabicDigits() {
            var read = read(csv("نوع درخواست;مبلغ (ریال);توضیح\r\n\r\n"
                    + "ENROLMENT_CERTIFICATE;۲٬۵۰۰٬۰۰۰;تعرفهٔ پایه\r\n"
                    + "   \r\n"
                    + "foreign_degree_evaluation;١٢٠٠٠;\r\n"
                    + ";;\r\n"));

            assertThat(read.rows()).containsExactly(
                    new TariffRow("ENROLMENT_CERTIFICATE", 2_500_000, "تعرفهٔ پایه"),
                    new TariffRow("FOREIGN_DEGREE_EVALUATION", 12_000, null));
        }

        @Test
        void readsColumnsInAnyOrderWithoutTheOptionalNote() {
            var read = read(csv("amountRials,requestType\n750000,EDUCATIONAL_CONFIRMATION\n"));

            assertThat(read.rows()).containsExactly(new TariffRow("EDUCATIONAL_CONFIRMATION", 750_000, null));
        }

        @ParameterizedTest
        @ValueSource(strings = {"\"2,500,000\"", "۲،۵۰۰،۰۰۰", "2 500 000", "\"۲,۵۰۰,۰۰۰\"", "\u200F2500000\u200F"})
        void readsThousandsSeparatorsAndDirectionMarks(String amount) {
            var read = read(csv("requestType,amountRials\nENROLMENT_CERTIFICATE," + amount + "\n"));

            assertThat(read.rows()).extracting(TariffRow::amountRials).containsExactly(2_500_000L);
        }

        @Test
        void readsQuotedCellsWithSeparatorsQuotesAndLineBreaks() {
            var read = read(csv("requestType,amountRials,note\n"
                    + "ENROLMENT_CERTIFICATE,1000,\"first line, with a comma\nand a \"\"quoted\"\" word\"\n"
                    + "FOREIGN_DEGREE_EVALUATION,2000,\n"));

            assertThat(read.rows()).extracting(TariffRow::note)
                    .containsExactly("first line, with a comma\nand a \"quoted\" word", null);
        }

        @Test
        void readsAUtf8FileWithAByteOrderMark() {
            byte[] withBom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                    utf8("نوع درخواست,مبلغ (ریال),توضیح\nENROLMENT_CERTIFICATE,1000,رایگان نیست\n"));

            var read = read(new TariffFile(withBom, "tariffs.csv", null));

            assertThat(read.rows()).containsExactly(new TariffRow("ENROLMENT_CERTIFICATE", 1000, "رایگان نیست"));
        }

        @Test
        void readsAWindows1256FileAndItsPersianNoteComesOutRight() {
            byte[] ansi = windows1256("نوع درخواست,مبلغ (ریال),توضیح\r\n"
                    + "ENROLMENT_CERTIFICATE,2500000,مصوبه کمیسیون؛ پرداخت پیش از صدور\r\n"
                    + "FOREIGN_DEGREE_EVALUATION,5000000,ارزشیابی گواهی‌نامه‌های خارجی\r\n");
            assertThat(isUtf8(ansi)).as("the fixture is not UTF-8").isFalse();

            var read = read(new TariffFile(ansi, "تعرفه‌ها.csv", "text/csv"));

            assertThat(read.rows()).containsExactly(
                    new TariffRow("ENROLMENT_CERTIFICATE", 2_500_000, "مصوبه کمیسیون؛ پرداخت پیش از صدور"),
                    new TariffRow("FOREIGN_DEGREE_EVALUATION", 5_000_000, "ارزشیابی گواهی‌نامه‌های خارجی"));
        }

        @Test
        void takesBackTheQuoteItPutBeforeAFormulaInADownloadedFile() {
            var read = read(csv("requestType,amountRials,note\nENROLMENT_CERTIFICATE,1000,'=1+1\n"));

            assertThat(read.rows()).extracting(TariffRow::note).containsExactly("=1+1");
        }
    }

    @Nested
    class Json {

        @Test
        void readsTheTariffsArrayWithNumbersOrDigitStrings() {
            var read = read(json("""
                    {"fiscalYear": 1405, "tariffs": [
                      {"requestType": "ENROLMENT_CERTIFICATE", "amountRials": 2500000, "note": "پایه"},
                      {"requestType": "FOREIGN_DEGREE_EVALUATION", "amountRials": "۱۲٬۰۰۰"},
                      {"requestType": "EDUCATIONAL_CONFIRMATION", "amountRials": 0, "note": null}
                    ]}"""));

            assertThat(read.format()).isEqualTo(TariffFileFormat.JSON);
            assertThat(read.rows()).containsExactly(
                    new TariffRow("ENROLMENT_CERTIFICATE", 2_500_000, "پایه"),
                    new TariffRow("FOREIGN_DEGREE_EVALUATION", 12_000, null),
                    new TariffRow("EDUCATIONAL_CONFIRMATION", 0, null));
        }

        @Test
        void knowsJsonByFileNameOrContentWhenNoMediaTypeSaysSo() {
            String table = "{\"tariffs\":[{\"requestType\":\"ENROLMENT_CERTIFICATE\",\"amountRials\":1}]}";

            assertThat(read(new TariffFile(utf8(table), "1405.json", "application/octet-stream")).format())
                    .isEqualTo(TariffFileFormat.JSON);
            assertThat(read(new TariffFile(utf8("  \n" + table), null, null)).format())
                    .isEqualTo(TariffFileFormat.JSON);
        }

        @Test
        void reportsEveryBadRowByItsPositionInTheArray() {
            var errors = errorsOf(json("""
                    {"tariffs": [
                      {"requestType": "ENROLMENT_CERTIFICATE", "amountRials": 1000},
                      {"requestType": "FOREIGN_DEGREE_EVALUATION", "amountRials": -5},
                      42,
                      {"requestType": "EDUCATIONAL_CONFIRMATION", "amountRials": 2.5, "price": 3},
                      {"requestType": "ENROLMENT_CERTIFICATE", "amountRials": 123456789012345678901234}
                    ], "comment": "x"}"""));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::column, TariffFileError::key)
                    .containsExactly(
                            tuple(0, "file", "tariff.json-unknown-member"),
                            tuple(3, "row", "tariff.json-row-shape"),
                            tuple(4, "price", "tariff.json-unknown-field"),
                            tuple(2, "amountRials", "tariff.amount-negative"),
                            tuple(4, "amountRials", "tariff.amount-not-whole"),
                            tuple(5, "requestType", "tariff.type-duplicate"),
                            tuple(5, "amountRials", "tariff.amount-absurd"));
        }

        @Test
        void refusesMalformedJsonWithWhereItBreaks() {
            var errors = errorsOf(json("{\"tariffs\": [\n {\"requestType\": \"X\",, }]}"));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.key()).isEqualTo("tariff.json-malformed");
                assertThat(e.arguments()).first().isEqualTo(2);
            });
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "{\"rows\": []}", "{\"tariffs\": {}}"})
        void refusesAnotherShape(String body) {
            assertThat(errorsOf(json(body))).extracting(TariffFileError::key).contains("tariff.json-shape");
        }

        @Test
        void refusesATableOfAnotherYear() {
            var errors = errorsOf(json("""
                    {"fiscalYear": "۱۴۰۴", "tariffs": [{"requestType": "ENROLMENT_CERTIFICATE", "amountRials": 1}]}"""));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.key()).isEqualTo("tariff.fiscal-year-mismatch");
                assertThat(e.arguments()).containsExactly("۱۴۰۴", "1405");
            });
        }
    }

    @Nested
    class BadFiles {

        @Test
        void refusesANegativeAmountWithItsRow() {
            var errors = errorsOf(csv("requestType,amountRials\nENROLMENT_CERTIFICATE,1000\n"
                    + "FOREIGN_DEGREE_EVALUATION,-2500000\n"));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(3);
                assertThat(e.column()).isEqualTo("amountRials");
                assertThat(e.key()).isEqualTo("tariff.amount-negative");
                assertThat(e.arguments()).startsWith(3, "-2500000");
            });
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "100000000001                | tariff.amount-absurd",
                "25000000000000000000000000  | tariff.amount-absurd",
                "دو میلیون                   | tariff.amount-not-numeric",
                "2500000 ریال                | tariff.amount-not-numeric",
                "+2500000                    | tariff.amount-not-numeric",
                "12a                         | tariff.amount-not-numeric",
                "2500000.00                  | tariff.amount-not-whole",
                "2.500.000                   | tariff.amount-not-numeric",
                "۲٫۵                         | tariff.amount-not-whole",
                "−۵۰۰                        | tariff.amount-negative",
                "''                          | tariff.amount-missing"})
        void refusesAnAmountThatIsNotAWholeBelievableNumberOfRials(String amount, String key) {
            var errors = errorsOf(csv("requestType,amountRials\nENROLMENT_CERTIFICATE,\"" + amount + "\"\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key).containsExactly(tuple(2, key));
        }

        @Test
        void acceptsTheMaximumAndZero() {
            var read = read(csv("requestType,amountRials\nENROLMENT_CERTIFICATE,100000000000\n"
                    + "FOREIGN_DEGREE_EVALUATION,۰\n"));

            assertThat(read.rows()).extracting(TariffRow::amountRials).containsExactly(100_000_000_000L, 0L);
        }

        @Test
        void refusesATypeNamedTwiceAndSaysWhereItFirstCame() {
            var errors = errorsOf(csv("requestType,amountRials\nENROLMENT_CERTIFICATE,1000\n"
                    + "FOREIGN_DEGREE_EVALUATION,2000\nenrolment_certificate,3000\n"));

            assertThat(errors).singleElement().satisfies(e -> {
                assertThat(e.row()).isEqualTo(4);
                assertThat(e.key()).isEqualTo("tariff.type-duplicate");
                assertThat(e.arguments()).containsExactly(4, "ENROLMENT_CERTIFICATE", 2);
            });
        }

        @Test
        void refusesAnUnknownOrMissingTypeAndNamesTheKnownOnes() {
            var errors = errorsOf(csv("requestType,amountRials\nPASSPORT,1000\n,2000\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key)
                    .containsExactly(tuple(2, "tariff.type-unknown"), tuple(3, "tariff.type-missing"));
            assertThat(errors.getFirst().arguments()).containsExactly(2, "PASSPORT", "EDUCATIONAL_CONFIRMATION, "
                    + "ENROLMENT_CERTIFICATE, FOREIGN_DEGREE_EVALUATION, PROVISIONAL_GRADUATION_CERTIFICATE");
        }

        @Test
        void refusesWrongHeadersNamingEachProblem() {
            var errors = errorsOf(csv("type,amount,note,note\nENROLMENT_CERTIFICATE,1000,,\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key, e -> e.arguments().get(1))
                    .containsExactly(
                            tuple(1, "tariff.header-unknown-column", "type"),
                            tuple(1, "tariff.header-unknown-column", "amount"),
                            tuple(1, "tariff.header-duplicate-column", "note"),
                            tuple(1, "tariff.header-missing-column", "requestType"),
                            tuple(1, "tariff.header-missing-column", "amountRials"));
        }

        @Test
        void refusesAFileWithoutAHeaderRow() {
            var errors = errorsOf(csv("\n\nENROLMENT_CERTIFICATE,1000\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key)
                    .contains(tuple(3, "tariff.header-unknown-column"), tuple(3, "tariff.header-missing-column"));
        }

        @Test
        void refusesAnEmptyFile() {
            assertThat(errorsOf(csv(""))).extracting(TariffFileError::key).containsExactly("tariff.file-empty");
            assertThat(errorsOf(csv(" \r\n\t\n"))).extracting(TariffFileError::key).containsExactly("tariff.file-empty");
            assertThat(errorsOf(new TariffFile(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, null, null)))
                    .extracting(TariffFileError::key).containsExactly("tariff.file-empty");
        }

        @Test
        void refusesAHeaderWithoutRows() {
            assertThat(errorsOf(csv("requestType,amountRials\n\n"))).extracting(TariffFileError::key)
                    .containsExactly("tariff.file-no-rows");
            assertThat(errorsOf(json("{\"tariffs\": []}"))).extracting(TariffFileError::key)
                    .containsExactly("tariff.file-no-rows");
        }

        @Test
        void refusesAnUnquotedThousandsSeparatorAsTooManyCells() {
            var errors = errorsOf(csv("requestType,amountRials\nENROLMENT_CERTIFICATE,2,500,000\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key)
                    .containsExactly(tuple(2, "tariff.csv-too-many-cells"));
        }

        @Test
        void refusesAQuoteNeverClosed() {
            var errors = errorsOf(csv("requestType,amountRials,note\nENROLMENT_CERTIFICATE,1,\"open\n\n"));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key)
                    .containsExactly(tuple(2, "tariff.csv-unclosed-quote"));
        }

        @Test
        void refusesANoteTooLong() {
            var errors = errorsOf(csv("requestType,amountRials,note\nENROLMENT_CERTIFICATE,1," + "ن".repeat(501)));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key)
                    .containsExactly(tuple(2, "tariff.note-too-long"));
        }

        @Test
        void refusesBytesThatAreNeitherUtf8NorWindows1256Text() {
            byte[] binary = {'r', 'e', 'q', (byte) 0x81, 0x00, 0x02, (byte) 0xC3, 0x28, 0x1B};

            assertThat(errorsOf(new TariffFile(binary, "tariffs.csv", "text/csv")))
                    .extracting(TariffFileError::row, TariffFileError::key).containsExactly(tuple(0, "tariff.file-encoding"));
        }

        @Test
        void refusesUtf16WithoutTakingItForWindows1256() {
            byte[] utf16 = "requestType,amountRials\nENROLMENT_CERTIFICATE,1\n".getBytes(StandardCharsets.UTF_16LE);

            assertThat(errorsOf(new TariffFile(utf16, null, null))).extracting(TariffFileError::key)
                    .containsExactly("tariff.file-encoding");
            assertThat(errorsOf(new TariffFile(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, utf16), null, null)))
                    .extracting(TariffFileError::key).containsExactly("tariff.file-utf16");
        }

        @Test
        void refusesAnExcelWorkbook() {
            byte[] xlsx = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

            assertThat(errorsOf(new TariffFile(xlsx, "tariffs.xlsx", null))).extracting(TariffFileError::key)
                    .containsExactly("tariff.file-workbook");
        }

        @Test
        void refusesAFileOverTheLimitBeforeReadingIt() {
            var small = new ReadingTariffFile(new TariffFileRules(TariffFixtures.KNOWN_TYPES, 1000, 40));

            var file = csv("requestType,amountRials\nENROLMENT_CERTIFICATE,1\n");

            assertThatThrownBy(() -> small.read(file, 1405))
                    .isInstanceOfSatisfying(TariffFileTooLargeException.class, e -> {
                        assertThat(e.size()).isEqualTo(file.content().length);
                        assertThat(e.maxBytes()).isEqualTo(40);
                    });
        }

        @Test
        void collectsEveryErrorOfTheFileAtOnce() {
            var errors = errorsOf(csv("""
                    requestType,amountRials,note
                    ENROLMENT_CERTIFICATE,-1,
                    PASSPORT,1000,

                    FOREIGN_DEGREE_EVALUATION,یک میلیون,
                    ENROLMENT_CERTIFICATE,999999999999,
                    EDUCATIONAL_CONFIRMATION,1000,درست
                    """));

            assertThat(errors).extracting(TariffFileError::row, TariffFileError::key).containsExactly(
                    tuple(2, "tariff.amount-negative"),
                    tuple(3, "tariff.type-unknown"),
                    tuple(5, "tariff.amount-not-numeric"),
                    tuple(6, "tariff.type-duplicate"),
                    tuple(6, "tariff.amount-absurd"));
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }
}
