package ir.saorg.sehat.code.printing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import ir.saorg.sehat.code.format.VerificationCode;
import ir.saorg.sehat.code.issuing.IssuedCode;
import ir.saorg.sehat.code.university.Universities;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The printed proof, checked the way a reader meets it: rendered to an image, whose QR must lead to the code's
 * verification page, with the code in groups, the fonts embedded, and one page. The rendering is kept as
 * {@code target/proof/proof.png} for a person to look at.
 */
class PrintingProofTest {

    final PrintingProof printing = new PrintingProof("https://sehat.saorg.ir/", new Universities(java.util.Map.of(
            "ut", new Universities.Names("دانشگاه تهران", "University of Tehran"))));
    final String digits = VerificationCode.generate(new SplittableRandom(3)).digits();
    final IssuedCode code = new IssuedCode(digits, UUID.randomUUID().toString(), "EDUCATIONAL_CONFIRMATION",
            new IssuedCode.Holder("0499370899", "4011234567", "زهرا احمدی"), Instant.parse("2026-11-25T08:00:00Z"),
            Instant.parse("2027-11-25T08:00:00Z"), "تاییدیه تحصیلی", "Educational confirmation", null, "ut", null);

    @Test
    void theRenderedProofCarriesAQrToTheCodesVerificationPageAndTheCodeInGroups() throws Exception {
        byte[] pdf = printing.pdf(code);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150);
            Path preview = Path.of("target", "proof", "proof.png");
            Files.createDirectories(preview.getParent());
            ImageIO.write(page, "png", preview.toFile());

            assertThat(decodeQr(page)).isEqualTo("https://sehat.saorg.ir/verify/" + digits);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(VerificationCode.parse(digits).display(), "Educational confirmation",
                    "4011234567", "049*****99", "Valid until", "University of Tehran", "دانشگاه تهران",
                    "تاییدیه تحصیلی").doesNotContain("0499370899");
            assertThat(fontsOf(document)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue())
                    .anySatisfy(font -> assertThat(font.getName()).contains("Vazirmatn"));
        }
    }

    private static String decodeQr(BufferedImage page) throws NotFoundException, com.google.zxing.ChecksumException,
            com.google.zxing.FormatException {
        var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));
        return new QRCodeReader().decode(bitmap, java.util.Map.of(com.google.zxing.DecodeHintType.TRY_HARDER, true))
                .getText();
    }

    private static List<PDFont> fontsOf(PDDocument document) throws java.io.IOException {
        var resources = document.getPage(0).getResources();
        var fonts = new ArrayList<PDFont>();
        for (var name : resources.getFontNames()) {
            fonts.add(resources.getFont(name));
        }
        return fonts;
    }
}
