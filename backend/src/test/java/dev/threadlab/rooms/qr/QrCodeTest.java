package dev.threadlab.rooms.qr;

import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.DecoderResult;
import com.google.zxing.qrcode.decoder.Decoder;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The room's QR codes are read back by ZXing's decoder, for every version the lab allows; the SVG draws them. */
class QrCodeTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 14, 15, 26, 27, 42, 43, 60, 61, 84, 85, 106, 107, 122, 123, 152, 153, 180, 181, 213})
    void every_length_up_to_version_10_decodes_to_the_same_text(int length) throws Exception {
        String text = "https://lab.example/room/" + "ABCDEFGHJKMNPQRSTUVWXYZ23456789".repeat(8);
        text = text.substring(0, length);

        QrCode code = QrCode.encode(text);

        DecoderResult decoded = decode(code);
        assertThat(decoded.getText()).isEqualTo(text);
        assertThat(decoded.getECLevel()).isEqualTo(ErrorCorrectionLevel.M.toString());
        assertThat(code.size()).isEqualTo(17 + 4 * code.version());
    }

    @Test
    void versions_follow_the_capacity_table_for_level_m() {
        // ISO/IEC 18004 Table 7, byte mode, level M: 14, 26, 42, 62, 84, 106, 122, 152, 180, 213 bytes.
        int[] capacity = {14, 26, 42, 62, 84, 106, 122, 152, 180, 213};
        for (int v = 1; v <= 10; v++) {
            assertThat(QrCode.encode("x".repeat(capacity[v - 1])).version()).isEqualTo(v);
            if (v < 10) {
                assertThat(QrCode.encode("x".repeat(capacity[v - 1] + 1)).version()).isEqualTo(v + 1);
            }
        }
    }

    @Test
    void utf8_text_survives() throws Exception {
        assertThat(decode(QrCode.encode("Salle ¾ – Café ✓")).getText()).isEqualTo("Salle ¾ – Café ✓");
    }

    @Test
    void known_vector_version_1_finder_timing_and_dark_module() {
        QrCode code = QrCode.encode("HELLO");
        assertThat(code.version()).isEqualTo(1);
        // Finder pattern corners, the dark module at (8, 4·version + 9), timing alternation on row 6.
        assertThat(code.isDark(0, 0)).isTrue();
        assertThat(code.isDark(1, 1)).isFalse();
        assertThat(code.isDark(3, 3)).isTrue();
        assertThat(code.isDark(7, 7)).isFalse();
        assertThat(code.isDark(8, 13)).isTrue();
        for (int x = 8; x < 13; x++) {
            assertThat(code.isDark(x, 6)).isEqualTo(x % 2 == 0);
        }
    }

    @Test
    void too_long_text_is_refused() {
        assertThatThrownBy(() -> QrCode.encode("x".repeat(214))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 213");
    }

    @Test
    void svg_draws_one_square_per_dark_module_inside_a_quiet_zone() {
        QrCode code = QrCode.encode("ABCD");
        String svg = code.toSvg();
        int dark = 0;
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                dark += code.isDark(x, y) ? 1 : 0;
            }
        }
        assertThat(svg).startsWith("<svg").contains("viewBox=\"0 0 29 29\"");
        assertThat(svg.split("h1v1h-1z", -1).length - 1).isEqualTo(dark);
        assertThat(svg).contains("M4,4h1v1h-1z");
    }

    private static DecoderResult decode(QrCode code) throws Exception {
        BitMatrix matrix = new BitMatrix(code.size());
        for (int y = 0; y < code.size(); y++) {
            for (int x = 0; x < code.size(); x++) {
                if (code.isDark(x, y)) {
                    matrix.set(x, y);
                }
            }
        }
        return new Decoder().decode(matrix);
    }
}
