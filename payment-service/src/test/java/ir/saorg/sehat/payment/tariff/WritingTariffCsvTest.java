package ir.saorg.sehat.payment.tariff;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static ir.saorg.sehat.payment.tariff.TariffFixtures.IN_1405;
import static ir.saorg.sehat.payment.tariff.TariffFixtures.RULES;
import static org.assertj.core.api.Assertions.assertThat;

class WritingTariffCsvTest {

    private static final List<TariffRow> ROWS = List.of(
            new TariffRow("ENROLMENT_CERTIFICATE", 2_500_000, "مصوبهٔ هیئت امنا، ۱۴۰۵"),
            new TariffRow("FOREIGN_DEGREE_EVALUATION", 0, "=HYPERLINK(\"http://x\";\"click\")"),
            new TariffRow("EDUCATIONAL_CONFIRMATION", 10, "+98 21"),
            new TariffRow("PROVISIONAL_GRADUATION_CERTIFICATE", 20, "@SUM(A1)"));
    private static final TariffTable TABLE = new TariffTable(1405, 3, ROWS, IN_1405, IN_1405, "maryam", "t.csv",
            TariffFileFormat.CSV, TariffTableChange.between(List.of(), ROWS));

    @Test
    void writesUtf8WithAByteOrderMarkSoExcelShowsPersian() {
        byte[] csv = WritingTariffCsv.write(TABLE);

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("مصوبهٔ هیئت امنا، ۱۴۰۵");
    }

    @Test
    void putsAQuoteBeforeEveryCellASpreadsheetWouldTakeForAFormula() {
        String csv = new String(WritingTariffCsv.write(TABLE), StandardCharsets.UTF_8).substring(1);

        assertThat(csv.split("\r\n")).containsExactly(
                "requestType,amountRials,note",
                "ENROLMENT_CERTIFICATE,2500000,مصوبهٔ هیئت امنا، ۱۴۰۵",
                "FOREIGN_DEGREE_EVALUATION,0,\"'=HYPERLINK(\"\"http://x\"\";\"\"click\"\")\"",
                "EDUCATIONAL_CONFIRMATION,10,'+98 21",
                "PROVISIONAL_GRADUATION_CERTIFICATE,20,'@SUM(A1)");
        assertThat(WritingTariffCsv.cell("-1")).isEqualTo("'-1");
    }

    @Test
    void aDownloadedTableUploadsBackAsTheSameTable() {
        var read = new ReadingTariffFile(RULES).read(new TariffFile(WritingTariffCsv.write(TABLE), "t.csv", null), 1405);

        assertThat(read.rows()).containsExactlyElementsOf(ROWS);
        assertThat(TABLE.hasRows(read.rows())).isTrue();
    }
}
