package ir.saorg.sehat.code.printing;

import ir.saorg.sehat.code.format.QrImages;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import ir.saorg.sehat.code.university.University;
import ir.saorg.sehat.platform.text.JalaliDates;
import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Image;
import org.openpdf.text.PageSize;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * A code's printable proof as a one-page A4 PDF: Persian right to left with English beside it, the code in five
 * groups of four, and a QR to its verification page. Persian is set in Vazirmatn (OFL) inside right-to-left table
 * cells, the only way OpenPDF joins Arabic-script letters correctly; digits and Latin text go in left-to-right cells.
 */
public class PrintingProof {

    /** In a right-to-left cell OpenPDF mirrors alignment: "left" puts the line's start at the right edge. */
    private static final int START = Element.ALIGN_LEFT;
    private static final BaseFont REGULAR = font("/fonts/Vazirmatn-Regular.ttf");
    private static final BaseFont BOLD = font("/fonts/Vazirmatn-Bold.ttf");

    private final String publicUrl;
    private final Universities universities;

    public PrintingProof(String publicUrl, Universities universities) {
        this.publicUrl = publicUrl.replaceAll("/+$", "");
        this.universities = universities;
    }

    public String verificationUrl(IssuedCode code) {
        return publicUrl + "/verify/" + code.id();
    }

    public byte[] pdf(IssuedCode code) {
        var out = new ByteArrayOutputStream();
        var document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle("Sehat verification code " + VerificationCode.parse(code.id()).display());
            document.open();
            document.add(heading());
            document.add(details(code));
            document.add(qr(code));
        } catch (DocumentException e) {
            throw new IllegalStateException("the proof's layout is fixed and always fits one page", e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private PdfPTable heading() {
        var table = table(1);
        table.addCell(rtl("گواهی کد صحت", new Font(BOLD, 20), Element.ALIGN_CENTER));
        table.addCell(ltr("Sehat verification code — Student Affairs Organization", new Font(REGULAR, 11),
                Element.ALIGN_CENTER));
        return table;
    }

    private PdfPTable details(IssuedCode code) {
        var table = table(2);
        table.setWidths(new float[] {2.2f, 1f});
        table.setSpacingBefore(18);
        Font label = new Font(BOLD, 11);
        Font value = new Font(REGULAR, 12);
        row(table, "کد صحت", "Code", VerificationCode.parse(code.id()).display(), new Font(BOLD, 18), true);
        if (code.typeNameFa() == null) {
            row(table, "نوع مدرک", "Document", code.requestType(), value, true);
        } else {
            row(table, "نوع مدرک", "Document", bilingual(code.typeNameFa(), code.typeNameEn(), value));
        }
        row(table, "دارنده", "Holder", code.holder().fullName(), value, false);
        row(table, "شمارهٔ دانشجویی", "Student number", code.holder().studentNumber(), value, true);
        row(table, "کد ملی", "National ID", code.holder().maskedNationalId(), value, true);
        University university = universities.named(code.university());
        if (university != null) {
            row(table, "دانشگاه", "University", bilingual(university.fa(), university.en(), value));
        }
        row(table, "تاریخ صدور", "Issued", JalaliDates.persian(code.issuedAt()) + "  (" + JalaliDates.english(code.issuedAt()) + ")", value, false);
        row(table, "اعتبار تا", "Valid until", JalaliDates.persian(code.expiresAt()) + "  (" + JalaliDates.english(code.expiresAt()) + ")", value, false);
        return table;
    }

    private PdfPTable qr(IssuedCode code) {
        var table = table(1);
        table.setSpacingBefore(24);
        try {
            Image image = Image.getInstance(QrImages.png(verificationUrl(code), 600));
            image.scaleAbsolute(150, 150);
            var cell = new PdfPCell(image, false);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            cell.setBorder(Rectangle.NO_BORDER);
            table.addCell(cell);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        table.addCell(rtl("برای استعلام، QR را بخوانید یا کد را در این نشانی وارد کنید:", new Font(REGULAR, 10),
                Element.ALIGN_CENTER));
        table.addCell(ltr("Scan the QR, or enter the code at: " + publicUrl + "/verify", new Font(REGULAR, 10),
                Element.ALIGN_CENTER));
        return table;
    }

    /** A value beside its label, both flush against the label column on the right, as Persian reads. */
    private static void row(PdfPTable table, String fa, String en, String value, Font font, boolean latinValue) {
        row(table, fa, en, latinValue ? ltr(value, font, Element.ALIGN_RIGHT) : rtl(value, font, START));
    }

    private static void row(PdfPTable table, String fa, String en, PdfPCell cell) {
        cell.setPaddingBottom(8);
        table.addCell(cell);
        PdfPTable labels = new PdfPTable(1);
        labels.setWidthPercentage(100);
        labels.addCell(rtl(fa, new Font(BOLD, 11), START));
        labels.addCell(ltr(en, new Font(REGULAR, 9), Element.ALIGN_RIGHT));
        PdfPCell labelCell = new PdfPCell(labels);
        labelCell.setBorder(Rectangle.NO_BORDER);
        table.addCell(labelCell);
    }

    /** A Persian value with its English beneath, each in its own direction. */
    private static PdfPCell bilingual(String fa, String en, Font font) {
        PdfPTable lines = new PdfPTable(1);
        lines.setWidthPercentage(100);
        lines.addCell(rtl(fa, font, START));
        lines.addCell(ltr(en, new Font(REGULAR, 10), Element.ALIGN_RIGHT));
        PdfPCell cell = new PdfPCell(lines);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPTable table(int columns) {
        var table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        return table;
    }

    private static PdfPCell rtl(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_RTL);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static PdfPCell ltr(String text, Font font, int alignment) {
        var cell = new PdfPCell(new Phrase(text, font));
        cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        cell.setHorizontalAlignment(alignment);
        cell.setBorder(Rectangle.NO_BORDER);
        return cell;
    }

    private static BaseFont font(String resource) {
        try (InputStream in = Objects.requireNonNull(PrintingProof.class.getResourceAsStream(resource), resource)) {
            byte[] bytes = in.readAllBytes();
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, bytes, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
