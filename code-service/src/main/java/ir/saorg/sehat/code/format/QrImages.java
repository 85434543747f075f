package ir.saorg.sehat.code.format;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** QR codes of verification addresses, as PNG: on screen and on the printed proof. */
public final class QrImages {

    private QrImages() {
    }

    public static byte[] png(String text, int pixels) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, pixels, pixels,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
            var out = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", out);
            return out.toByteArray();
        } catch (WriterException e) {
            throw new IllegalStateException("a verification address always fits a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
