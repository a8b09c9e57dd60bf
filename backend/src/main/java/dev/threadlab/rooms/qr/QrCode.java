package dev.threadlab.rooms.qr;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A room's link as a QR code for the projector, made by ZXing's encoder (ISO/IEC 18004: error correction level M, the
 * mask the standard's penalty picks), drawn here as SVG. Versions 1–10 only (up to 213 bytes): a bigger symbol is hard
 * to read from the back of a classroom. Text outside ISO-8859-1 is encoded as UTF-8 with its ECI. No external
 * service sees the link. Immutable.
 */
public final class QrCode {

    public static final int MAX_VERSION = 10;
    /** The four-module quiet zone the standard asks around a symbol. */
    private static final int QUIET_ZONE = 4;

    private final int version;
    private final ByteMatrix modules;

    private QrCode(int version, ByteMatrix modules) {
        this.version = version;
        this.modules = modules;
    }

    /**
     * Encodes {@code text} in the smallest version that holds it.
     *
     * @throws IllegalArgumentException if the text needs more than version 10
     */
    public static QrCode encode(String text) {
        Map<EncodeHintType, Object> hints = StandardCharsets.ISO_8859_1.newEncoder().canEncode(text)
                ? Map.of() : Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        try {
            com.google.zxing.qrcode.encoder.QRCode code = Encoder.encode(text, ErrorCorrectionLevel.M, hints);
            int version = code.getVersion().getVersionNumber();
            if (version > MAX_VERSION) {
                throw tooLong(text);
            }
            return new QrCode(version, code.getMatrix());
        } catch (WriterException e) {
            throw tooLong(text);
        }
    }

    private static IllegalArgumentException tooLong(String text) {
        return new IllegalArgumentException("a QR code of version " + MAX_VERSION + " at level M holds at most 213 "
                + "bytes; the text has " + text.getBytes(StandardCharsets.UTF_8).length);
    }

    public int version() {
        return version;
    }

    /** Modules per side: 17 + 4 × version. */
    public int size() {
        return modules.getWidth();
    }

    public boolean isDark(int x, int y) {
        return modules.get(x, y) == 1;
    }

    /** The code as a scalable SVG image with a four-module quiet zone: one path, dark on white. */
    public String toSvg() {
        int side = size() + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < size(); y++) {
            for (int x = 0; x < size(); x++) {
                if (isDark(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }
}
