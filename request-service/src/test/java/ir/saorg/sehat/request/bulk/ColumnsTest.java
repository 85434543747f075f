package ir.saorg.sehat.request.bulk;

import ir.saorg.sehat.request.types.RequestType;
import ir.saorg.sehat.request.types.SeededTypeCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColumnsTest {

    static final RequestType ENROLMENT = new SeededTypeCatalogue().current("ENROLMENT_CERTIFICATE").orElseThrow();

    @Test
    void readsFieldNamesInAnyOrderAndCase() {
        Columns columns = Columns.of(ENROLMENT, row(1, "fullName", "NATIONALID", "studentNumber"));

        assertThat(columns.fieldsOf(row(2, "زهرا احمدی", "0499370899", "40112")))
                .containsEntry("nationalId", "0499370899").containsEntry("fullName", "زهرا احمدی")
                .containsEntry("studentNumber", "40112");
    }

    @Test
    void takesPersianOrEnglishLabelsForHeadersToo() {
        Columns columns = Columns.of(ENROLMENT, row(1, "كد ملي *", "Student number", "نام و نام خانوادگی"));

        assertThat(columns.fieldsOf(row(2, "0499370899", "40112", "زهرا"))).containsOnlyKeys("nationalId",
                "studentNumber", "fullName");
    }

    @Test
    void listsEveryHeaderFaultAtOnce() {
        assertThatThrownBy(() -> Columns.of(ENROLMENT, row(1, "nationalId", "", "nationalId", "email", "", "")))
                .isInstanceOfSatisfying(BadHeadersException.class, e -> {
                    assertThat(e.unknown()).containsExactly("email");
                    assertThat(e.duplicate()).containsExactly("nationalId");
                    assertThat(e.missing()).containsExactly("studentNumber", "fullName");
                    assertThat(e.unnamed()).containsExactly(2);
                    assertThat(e.expected()).containsExactly("nationalId", "studentNumber", "fullName");
                });
    }

    @Test
    void reportsValuesBeyondTheNamedColumns() {
        Columns columns = Columns.of(ENROLMENT, row(1, "nationalId", "studentNumber", "fullName", "", ""));

        assertThat(columns.extraColumns(row(2, "0499370899", "40112", "زهرا", "", "surprise"))).containsExactly(5);
        assertThat(columns.extraColumns(row(3, "0499370899", "40112", "زهرا", " "))).isEmpty();
    }

    @Test
    void givesANationalIdBackTheLeadingZerosExcelDropped() {
        Columns columns = Columns.of(ENROLMENT, row(1, "nationalId", "studentNumber", "fullName"));

        assertThat(columns.fieldsOf(row(2, "499370899", "40112", "زهرا"))).containsEntry("nationalId", "0499370899");
        assertThat(columns.fieldsOf(row(3, "۴۹۹۳۷۰۸۹۹", "40112", "زهرا"))).containsEntry("nationalId", "0499370899");
        assertThat(columns.fieldsOf(row(4, "4993708", "40112", "زهرا"))).containsEntry("nationalId", "4993708");
        assertThat(columns.raw(row(5, "499370899", "1", "x"), "nationalId")).isEqualTo("499370899");
    }

    static FileRow row(int line, String... cells) {
        return new FileRow(line, List.of(cells));
    }
}
