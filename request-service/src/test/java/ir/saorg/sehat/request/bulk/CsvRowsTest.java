package ir.saorg.sehat.request.bulk;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvRowsTest {

    @Test
    void keepsCommasLineBreaksAndDoubledQuotesInsideQuotedCells() {
        List<FileRow> rows = read("a,b,c\r\n\"x, y\",\"two\nlines\",\"say \"\"hi\"\"\"\r\nlast,row,here");

        assertThat(rows).extracting(FileRow::cells).containsExactly(List.of("a", "b", "c"),
                List.of("x, y", "two\nlines", "say \"hi\""), List.of("last", "row", "here"));
    }

    @Test
    void numbersEachRowByTheLineItStartsOn() {
        List<FileRow> rows = read("h1,h2\n\"multi\nline\",x\n\nafter,blank\n");

        assertThat(rows).extracting(FileRow::line).containsExactly(1, 2, 4, 5);
        assertThat(rows.get(2).blank()).isTrue();
    }

    @Test
    void takesSemicolonsOrTabsWhenTheHeaderUsesThem() {
        assertThat(read("a;b;c\n1;2,5;3\n").get(1).cells()).containsExactly("1", "2,5", "3");
        assertThat(read("a\tb\n1\t2\n").get(1).cells()).containsExactly("1", "2");
        assertThat(read("nationalId\n0499370899\n").get(1).cells()).containsExactly("0499370899");
    }

    @Test
    void keepsStrayQuotesInsideUnquotedCellsAsWritten() {
        assertThat(read("a,b\nsay \"hi\",\"x\"y\n").get(1).cells()).containsExactly("say \"hi\"", "xy");
    }

    @Test
    void endsRowsAtCrLfLfOrCr() {
        assertThat(read("a\r\nb\nc\rd")).extracting(FileRow::line).containsExactly(1, 2, 3, 4);
    }

    @Test
    void refusesAQuoteLeftOpenNamingTheLineItOpenedOn() {
        assertThatThrownBy(() -> read("a,b\n1,2\n3,\"never closed\n4,5\n"))
                .isInstanceOfSatisfying(BadFileException.class, e -> {
                    assertThat(e.slug()).isEqualTo("bulk-file-unclosed-quote");
                    assertThat(e.arguments()).containsExactly(3);
                });
    }

    @Test
    void refusesARowWiderThanAllowed() {
        assertThatThrownBy(() -> CsvRows.read("a,b\n" + ",".repeat(10) + "\n", 5, row -> { }))
                .isInstanceOfSatisfying(BadFileException.class, e -> {
                    assertThat(e.slug()).isEqualTo("bulk-file-too-wide");
                    assertThat(e.arguments()).containsExactly(2, 5);
                });
    }

    @Property
    void readsBackWhatCsvTableQuotes(@ForAll("tables") List<List<String>> table) {
        var text = new StringBuilder();
        for (List<String> row : table) {
            text.append(String.join(",", row.stream().map(CsvTable::quoted).toList())).append("\r\n");
        }

        List<List<String>> read = read(text.toString()).stream().map(FileRow::cells).toList();

        assertThat(read).isEqualTo(table);
    }

    @Provide
    Arbitrary<List<List<String>>> tables() {
        Arbitrary<String> cell = Arbitraries.strings().withChars("ab ز,\"\n\r;'=").ofMinLength(1).ofMaxLength(6)
                .filter(s -> !s.isBlank());
        return cell.list().ofSize(3).list().ofMinSize(1).ofMaxSize(10);
    }

    private static List<FileRow> read(String text) {
        List<FileRow> rows = new ArrayList<>();
        CsvRows.read(text, 100, rows::add);
        return rows;
    }
}
