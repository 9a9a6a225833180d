package fr.allervers.publicschedule;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A QR code as inline SVG, drawn here from ZXing's module matrix: one path of unit squares, crisp at any print size,
 * no image to fetch (the pages' Content Security Policy stays strict) and nothing sent to a third party.
 */
final class QrCode {

    private QrCode() {
    }

    /** @param label the accessible name, e.g. « Code QR vers les horaires en ligne » */
    static String svg(String text, String label) {
        BitMatrix matrix;
        try {
            // Level M survives a poster's scuffs and tape; the matrix includes ZXing's quiet zone of 4 modules.
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("adresse trop longue pour un code QR : " + text.length()
                    + " caractères", e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr\" viewBox=\"0 0 " + matrix.getWidth() + " "
                + matrix.getHeight() + "\" role=\"img\" aria-label=\"" + Html.escape(label)
                + "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
                + path + "\" fill=\"#000\"/></svg>";
    }
}
