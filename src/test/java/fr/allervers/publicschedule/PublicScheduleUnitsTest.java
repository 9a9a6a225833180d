package fr.allervers.publicschedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.LuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import fr.allervers.permanence.domain.DayPart;
import fr.allervers.territory.StaffRole;

/** The small parts of the public schedule, without Spring: status, roles, opening hours, QR code, escaping. */
class PublicScheduleUnitsTest {

    @Test
    void theStatusIsDecidedInOnePlace() {
        assertThat(PublicStatus.of(true, false, false)).isEqualTo(PublicStatus.PLANNED);
        assertThat(PublicStatus.of(true, true, false)).isEqualTo(PublicStatus.CANCELLED);
        assertThat(PublicStatus.of(false, false, true)).isEqualTo(PublicStatus.MOVED);
        assertThat(PublicStatus.of(false, false, false)).isEqualTo(PublicStatus.CANCELLED);
        assertThat(PublicStatus.CANCELLED.french()).isEqualTo("annulée");
        assertThat(PublicStatus.MOVED.french()).isEqualTo("déplacée");
    }

    @Test
    void rolesAreProfessionsNeverNames() {
        assertThat(PublicRoles.sentence(List.of(StaffRole.EMPLOYMENT_COUNSELLOR, StaffRole.SOCIAL_WORKER)))
                .isEqualTo("un travailleur social et un conseiller en insertion professionnelle");
        assertThat(PublicRoles.sentence(List.of(StaffRole.SOCIAL_WORKER, StaffRole.SOCIAL_WORKER,
                StaffRole.PSYCHOLOGIST, StaffRole.MEDIATOR)))
                .isEqualTo("deux travailleurs sociaux, un psychologue et un médiateur");
        assertThat(PublicRoles.sentence(List.of())).isEmpty();
    }

    @Test
    void openingHoursSpellOutEachHeldDayInOsmSyntax() {
        List<PublicPermanence> permanences = List.of(
                permanence(LocalDate.of(2026, 12, 8), DayPart.PM, PublicStatus.PLANNED),
                permanence(LocalDate.of(2026, 12, 8), DayPart.AM, PublicStatus.PLANNED),
                permanence(LocalDate.of(2026, 12, 15), DayPart.PM, PublicStatus.PLANNED),
                permanence(LocalDate.of(2026, 12, 22), DayPart.AM, PublicStatus.CANCELLED));
        String hours = OpeningHours.of(permanences);
        assertThat(hours).isEqualTo("2026 Dec 08 09:00-12:00,14:00-17:00; 2026 Dec 15 14:00-17:00");
        assertThat(hours).matches(DataInclusionRules.OPENING_HOURS);
        assertThat(OpeningHours.of(List.of())).isEmpty();
    }

    @Test
    void theQrCodeReadsBackAsThePublicAddress() throws Exception {
        String address = "https://allervers.example.fr/public/territories/12?commune=69259";
        String svg = QrCode.svg(address, "Code QR « test » & co");
        assertThat(svg).startsWith("<svg").contains("role=\"img\"").contains("aria-label=\"Code QR « test » &amp; co\"")
                .doesNotContain("style=");
        // Redraw the SVG's unit squares as pixels and let ZXing's reader decode them.
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(size.find()).isTrue();
        int n = Integer.parseInt(size.group(1));
        int scale = 4;
        boolean[][] dark = new boolean[n][n];
        java.util.regex.Matcher square = java.util.regex.Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            dark[Integer.parseInt(square.group(2))][Integer.parseInt(square.group(1))] = true;
        }
        byte[] pixels = new byte[n * scale * n * scale];
        for (int y = 0; y < n * scale; y++) {
            for (int x = 0; x < n * scale; x++) {
                pixels[y * n * scale + x] = (byte) (dark[y / scale][x / scale] ? 0 : 255);
            }
        }
        LuminanceSource source = new com.google.zxing.PlanarYUVLuminanceSource(pixels, n * scale, n * scale, 0, 0,
                n * scale, n * scale, false);
        Map<com.google.zxing.DecodeHintType, Object> hints = new EnumMap<>(com.google.zxing.DecodeHintType.class);
        hints.put(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE);
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)), hints).getText())
                .isEqualTo(address);
        assertThatThrownBy(() -> QrCode.svg("x".repeat(5000), "trop long"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("trop longue");
    }

    @Test
    void everyDatabaseValueIsEscapedInThePages() {
        assertThat(Html.escape("<script>alert('x')</script> & \"co\"")).isEqualTo(
                "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;");
        assertThat(Html.escape(null)).isEmpty();
    }

    private static PublicPermanence permanence(LocalDate date, DayPart half, PublicStatus status) {
        LocalTime start = half == DayPart.AM ? LocalTime.of(9, 0) : LocalTime.of(14, 0);
        return new PublicPermanence(date, half, start, start.plusHours(3), "69259", "Vénissieux", 1L, "Marché",
                "marché", 4.87, 45.69, status, null, status == PublicStatus.PLANNED ? "un travailleur social" : "",
                status == PublicStatus.PLANNED ? Set.of(StaffRole.SOCIAL_WORKER) : Set.of());
    }
}
