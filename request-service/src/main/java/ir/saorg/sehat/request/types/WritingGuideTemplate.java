package ir.saorg.sehat.request.types;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A type's guide as a file to fill in for a bulk submission.
 *
 * <ul>
 *   <li>CSV: UTF-8 with a byte-order mark (so that Excel reads Persian), one header row of the field names, nothing
 *   else: every following row is a request.</li>
 *   <li>XLSX: a right-to-left sheet {@value #DATA_SHEET} whose header row is the field names and whose cells are text
 *   (leading zeros of national IDs and the slashes of dates survive), a drop-down of the allowed values for each
 *   choice column, the longest length allowed for every other, and each column's label and help as a note and an
 *   input message; then the sheet {@value #GUIDE_SHEET} describing every field in Persian and English.</li>
 * </ul>
 */
public final class WritingGuideTemplate {

    public static final String DATA_SHEET = "درخواست‌ها";
    public static final String GUIDE_SHEET = "راهنما";
    /** Holds the allowed values the drop-downs list; never shown. */
    static final String CHOICES_SHEET = "choices";
    /** How many rows below the header the drop-downs and length checks cover: a bulk file's most. */
    public static final int ROWS = 50_000;
    private static final String TEXT_FORMAT = "@";
    private static final int MAX_PROMPT_TITLE = 32;
    private static final int MAX_PROMPT_TEXT = 255;

    static final Map<FieldKind, String> KIND_FA = Map.of(
            FieldKind.TEXT, "متن",
            FieldKind.PERSIAN_TEXT, "متن فارسی",
            FieldKind.DIGITS, "رقم",
            FieldKind.NATIONAL_ID, "کد ملی ده‌رقمی",
            FieldKind.JALALI_DATE, "تاریخ خورشیدی (سال/ماه/روز)",
            FieldKind.CHOICE, "یکی از گزینه‌ها");
    static final Map<FieldKind, String> KIND_EN = Map.of(
            FieldKind.TEXT, "text",
            FieldKind.PERSIAN_TEXT, "Persian text",
            FieldKind.DIGITS, "digits",
            FieldKind.NATIONAL_ID, "ten-digit national ID",
            FieldKind.JALALI_DATE, "Jalali date (year/month/day)",
            FieldKind.CHOICE, "one of the choices");

    private WritingGuideTemplate() {
    }

    public static byte[] csv(RequestType type) {
        String header = type.fields().stream().map(GuideField::name).collect(Collectors.joining(","));
        return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] xlsx(RequestType type) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            header.setFont(bold);
            header.setBorderBottom(BorderStyle.THIN);

            Sheet data = workbook.createSheet(DATA_SHEET);
            Sheet guide = workbook.createSheet(GUIDE_SHEET);
            Sheet choices = workbook.createSheet(CHOICES_SHEET);
            workbook.setSheetVisibility(workbook.getSheetIndex(choices), SheetVisibility.VERY_HIDDEN);
            dataSheet(workbook, data, choices, type, text, header);
            guideSheet(workbook, guide, type, header);
            workbook.setActiveSheet(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void dataSheet(XSSFWorkbook workbook, Sheet data, Sheet choices, RequestType type, CellStyle text,
                                  CellStyle header) {
        data.setRightToLeft(true);
        Row names = data.createRow(0);
        Drawing<?> drawing = data.createDrawingPatriarch();
        DataValidationHelper validations = data.getDataValidationHelper();
        int choiceColumn = 0;
        for (int i = 0; i < type.fields().size(); i++) {
            GuideField field = type.fields().get(i);
            data.setDefaultColumnStyle(i, text);
            data.setColumnWidth(i, Math.min(255, Math.max(16, Math.max(field.name().length(),
                    field.labelFa().length()) + 4)) * 256);
            var cell = names.createCell(i);
            cell.setCellValue(field.name());
            cell.setCellStyle(header);
            cell.setCellComment(note(workbook, drawing, i, field));

            var range = new CellRangeAddressList(1, ROWS, i, i);
            DataValidation validation;
            if (field.kind() == FieldKind.CHOICE) {
                String column = CellReference.convertNumToColString(choiceColumn++);
                for (int c = 0; c < field.choices().size(); c++) {
                    Row row = choices.getRow(c) == null ? choices.createRow(c) : choices.getRow(c);
                    row.createCell(choiceColumn - 1).setCellValue(field.choices().get(c).value());
                }
                DataValidationConstraint list = validations.createFormulaListConstraint(CHOICES_SHEET + "!$" + column
                        + "$1:$" + column + "$" + field.choices().size());
                validation = validations.createValidation(list, range);
                validation.createErrorBox(clip(field.labelFa(), MAX_PROMPT_TITLE), clip("یکی از این‌ها / one of: "
                        + field.choices().stream().map(GuideField.Choice::value).collect(Collectors.joining("، ")),
                        MAX_PROMPT_TEXT));
            } else {
                DataValidationConstraint length = validations.createTextLengthConstraint(
                        DataValidationConstraint.OperatorType.LESS_OR_EQUAL, String.valueOf(field.maxLength()), null);
                validation = validations.createValidation(length, range);
                validation.createErrorBox(clip(field.labelFa(), MAX_PROMPT_TITLE), clip("حداکثر " + field.maxLength()
                        + " نویسه / at most " + field.maxLength() + " characters", MAX_PROMPT_TEXT));
            }
            validation.setShowErrorBox(true);
            validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
            validation.setEmptyCellAllowed(true);
            validation.createPromptBox(clip(field.labelFa(), MAX_PROMPT_TITLE), clip(promptOf(field),
                    MAX_PROMPT_TEXT));
            validation.setShowPromptBox(true);
            data.addValidationData(validation);
        }
        data.createFreezePane(0, 1);
    }

    private static Comment note(XSSFWorkbook workbook, Drawing<?> drawing, int column, GuideField field) {
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(column);
        anchor.setCol2(column + 3);
        anchor.setRow1(0);
        anchor.setRow2(5);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(field.labelFa() + " / " + field.labelEn()
                + "\n" + KIND_FA.get(field.kind()) + " / " + KIND_EN.get(field.kind())
                + (field.required() ? "\nالزامی / required" : "\nاختیاری / optional")
                + (field.helpFa() == null ? "" : "\n" + field.helpFa())
                + (field.helpEn() == null ? "" : "\n" + field.helpEn())));
        comment.setAuthor("Sehat");
        return comment;
    }

    private static String promptOf(GuideField field) {
        return KIND_FA.get(field.kind()) + (field.required() ? "، الزامی" : "، اختیاری")
                + (field.helpFa() == null ? "" : ". " + field.helpFa());
    }

    private static void guideSheet(XSSFWorkbook workbook, Sheet guide, RequestType type, CellStyle header) {
        guide.setRightToLeft(true);
        CellStyle wrapped = workbook.createCellStyle();
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped.setDataFormat(workbook.createDataFormat().getFormat(TEXT_FORMAT));
        List<String> about = List.of(
                type.nameFa() + " / " + type.nameEn() + " (" + type.code() + ")",
                "نسخهٔ راهنما / guide version: " + type.version(),
                "هر ردیف برگهٔ «" + DATA_SHEET + "» یک درخواست است؛ ردیف سرستون را تغییر ندهید."
                        + " / Each row of the first sheet is one request; keep its header row as it is.");
        int r = 0;
        for (String line : about) {
            guide.createRow(r++).createCell(0).setCellValue(line);
        }
        r++;
        List<String> headings = List.of("ستون / Column", "عنوان / Label", "Label", "نوع / Kind", "الزامی / Required",
                "بیشترین طول / Max length", "الگو / Pattern", "گزینه‌ها / Choices", "راهنما", "Help");
        Row headingRow = guide.createRow(r++);
        for (int c = 0; c < headings.size(); c++) {
            var cell = headingRow.createCell(c);
            cell.setCellValue(headings.get(c));
            cell.setCellStyle(header);
        }
        for (GuideField field : type.fields()) {
            Row row = guide.createRow(r++);
            List<String> values = List.of(field.name(), field.labelFa(), field.labelEn(),
                    KIND_FA.get(field.kind()) + " / " + KIND_EN.get(field.kind()) + " (" + field.kind().name() + ")",
                    field.required() ? "بله / yes" : "خیر / no", String.valueOf(field.maxLength()),
                    field.pattern() == null ? "" : field.pattern(),
                    field.choices().stream().map(c -> c.value() + ": " + c.labelFa() + " / " + c.labelEn())
                            .collect(Collectors.joining("\n")),
                    field.helpFa() == null ? "" : field.helpFa(), field.helpEn() == null ? "" : field.helpEn());
            for (int c = 0; c < values.size(); c++) {
                var cell = row.createCell(c);
                cell.setCellValue(values.get(c));
                cell.setCellStyle(wrapped);
            }
        }
        int[] widths = {18, 28, 24, 30, 14, 14, 24, 40, 40, 40};
        for (int c = 0; c < widths.length; c++) {
            guide.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
