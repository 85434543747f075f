package ir.saorg.sehat.request.bulk;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SafeCellTest {

    @Test
    void prefixesEveryCellASpreadsheetWouldRunAsAFormula() {
        assertThat(SafeCell.of("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
        assertThat(SafeCell.of("+1")).isEqualTo("'+1");
        assertThat(SafeCell.of("-2+3")).isEqualTo("'-2+3");
        assertThat(SafeCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCell.of("\t=1")).isEqualTo("'\t=1");
        assertThat(SafeCell.of("\r=1")).isEqualTo("'\r=1");
        assertThat(SafeCell.of("زهرا احمدی")).isEqualTo("زهرا احمدی");
        assertThat(SafeCell.of("0499370899")).isEqualTo("0499370899");
        assertThat(SafeCell.of(null)).isEmpty();
    }

    @Property
    void neverLetsAFormulaThroughAndOnlyEverAddsOneApostrophe(@ForAll String value) {
        String safe = SafeCell.of(value);

        assertThat(safe.isEmpty() || "=+-@\t\r".indexOf(safe.charAt(0)) < 0).isTrue();
        assertThat(safe).isIn(value, "'" + value);
    }

    @Test
    void writesCsvAsUtf8WithAByteOrderMarkAndEscapedQuotedCells() {
        byte[] csv = CsvTable.write(new Table(List.of("row", "value"),
                List.of(List.of("2", "=HYPERLINK(\"http://evil\",\"x\")"), List.of("3", "علی, رضا"))));

        assertThat(Arrays.copyOf(csv, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8)).isEqualTo(
                "row,value\r\n2,\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"\r\n3,\"علی, رضا\"\r\n");
    }
}
