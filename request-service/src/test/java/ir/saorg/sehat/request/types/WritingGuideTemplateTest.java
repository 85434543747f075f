package ir.saorg.sehat.request.types;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WritingGuideTemplateTest {

    private static final RequestType TYPE = SeedTypes.ALL.stream()
            .filter(t -> t.code().equals("EDUCATIONAL_CONFIRMATION")).findFirst().orElseThrow();

    @Test
    void writesACsvOfOneHeaderRowWithAByteOrderMark() {
        byte[] csv = WritingGuideTemplate.csv(TYPE);

        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFnationalId,studentNumber,fullName,degree,graduationDate\r\n");
    }

    @Test
    void writesAnXlsxWhoseFirstSheetIsTheHeaderRowOfFieldNamesRightToLeft() throws Exception {
        try (var workbook = read(WritingGuideTemplate.xlsx(TYPE))) {
            XSSFSheet data = workbook.getSheetAt(0);

            assertThat(data.getSheetName()).isEqualTo(WritingGuideTemplate.DATA_SHEET);
            assertThat(data.isRightToLeft()).isTrue();
            assertThat(cells(data.getRow(0))).containsExactly("nationalId", "studentNumber", "fullName", "degree",
                    "graduationDate");
            assertThat(data.getLastRowNum()).as("no example rows a bulk reader would take for requests").isZero();
        }
    }

    @Test
    void makesEveryDataColumnTextSoLeadingZerosAndDateSlashesSurvive() throws Exception {
        try (var workbook = read(WritingGuideTemplate.xlsx(TYPE))) {
            XSSFSheet data = workbook.getSheetAt(0);
            for (int column = 0; column < TYPE.fields().size(); column++) {
                assertThat(data.getColumnStyle(column).getDataFormatString()).as("column " + column).isEqualTo("@");
            }
        }
    }

    @Test
    void offersTheChoicesAsADropDownAndLimitsTheOtherColumnsLength() throws Exception {
        try (var workbook = read(WritingGuideTemplate.xlsx(TYPE))) {
            XSSFSheet data = workbook.getSheetAt(0);
            List<? extends DataValidation> validations = data.getDataValidations();
            assertThat(validations).hasSize(TYPE.fields().size());

            DataValidation degree = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3).findFirst().orElseThrow();
            assertThat(degree.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.LIST);
            String formula = degree.getValidationConstraint().getFormula1();
            assertThat(formula).startsWith(WritingGuideTemplate.CHOICES_SHEET + "!");
            assertThat(degree.getRegions().getCellRangeAddress(0).getLastRow()).isEqualTo(WritingGuideTemplate.ROWS);

            Sheet choices = workbook.getSheet(WritingGuideTemplate.CHOICES_SHEET);
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(choices)))
                    .isEqualTo(SheetVisibility.VERY_HIDDEN);
            var values = new ArrayList<String>();
            choices.forEach(row -> values.add(row.getCell(0).getStringCellValue()));
            assertThat(values).containsExactly("ASSOCIATE", "BACHELOR", "MASTER", "DOCTORATE");

            DataValidation nationalId = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 0).findFirst().orElseThrow();
            assertThat(nationalId.getValidationConstraint().getValidationType())
                    .isEqualTo(DataValidationConstraint.ValidationType.TEXT_LENGTH);
            assertThat(nationalId.getValidationConstraint().getFormula1()).isEqualTo("10");
        }
    }

    @Test
    void describesEveryFieldInTheGuideSheet() throws Exception {
        try (var workbook = read(WritingGuideTemplate.xlsx(TYPE))) {
            XSSFSheet guide = workbook.getSheet(WritingGuideTemplate.GUIDE_SHEET);
            assertThat(workbook.getSheetIndex(guide)).isEqualTo(1);
            assertThat(guide.isRightToLeft()).isTrue();

            var rows = new ArrayList<List<String>>();
            guide.forEach(row -> rows.add(cells(row)));
            String all = rows.toString();
            assertThat(all).contains("تاییدیه تحصیلی", "EDUCATIONAL_CONFIRMATION", "نسخهٔ راهنما");
            List<String> degree = rows.stream().filter(r -> !r.isEmpty() && r.getFirst().equals("degree"))
                    .findFirst().orElseThrow();
            assertThat(degree.get(1)).isEqualTo("مقطع تحصیلی");
            assertThat(degree.get(2)).isEqualTo("Degree");
            assertThat(degree.get(3)).contains("CHOICE");
            assertThat(degree.get(4)).contains("بله");
            assertThat(degree.get(7)).contains("BACHELOR: کارشناسی / Bachelor");
            List<String> date = rows.stream().filter(r -> !r.isEmpty() && r.getFirst().equals("graduationDate"))
                    .findFirst().orElseThrow();
            assertThat(date.get(8)).contains("۱۴۰۳/۰۶/۳۱");
            assertThat(date.get(9)).contains("1403/06/31");
        }
    }

    @Test
    void writesATemplateForATypeWithManyLongChoicesAndAPattern() throws Exception {
        var choices = new ArrayList<GuideField.Choice>();
        for (int i = 0; i < 150; i++) {
            choices.add(new GuideField.Choice("FACULTY_OF_SOMETHING_" + i, "دانشکدهٔ " + i, "Faculty " + i));
        }
        var seed = SeedTypes.ALL.getFirst();
        var fields = new ArrayList<>(seed.fields());
        fields.add(new GuideField("faculty", "دانشکده", "Faculty", FieldKind.CHOICE, true, 30, null, choices,
                "ن".repeat(900), null));
        fields.add(new GuideField("postalCode", "کد پستی", "Postal code", FieldKind.DIGITS, false, 10,
                "[1-9][0-9]{9}", List.of(), null, null));
        var type = new RequestType("MANY", 1, "ب".repeat(200), "Many", fields, seed.targetTime(), false, 1, 0,
                List.of());

        try (var workbook = read(WritingGuideTemplate.xlsx(type))) {
            assertThat(workbook.getSheet(WritingGuideTemplate.CHOICES_SHEET).getLastRowNum()).isEqualTo(149);
            assertThat(cells(workbook.getSheetAt(0).getRow(0))).endsWith("faculty", "postalCode");
        }
    }

    private static XSSFWorkbook read(byte[] xlsx) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    private static List<String> cells(Row row) {
        var formatter = new DataFormatter();
        var cells = new ArrayList<String>();
        if (row != null) {
            row.forEach(cell -> cells.add(formatter.formatCellValue(cell)));
        }
        return cells;
    }
}
