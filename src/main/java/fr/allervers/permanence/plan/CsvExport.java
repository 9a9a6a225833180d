package fr.allervers.permanence.plan;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;

/**
 * The plan as a spreadsheet that French Excel opens as is: UTF-8 with a byte order mark (otherwise accents break),
 * {@code ;} as separator (the comma is the decimal separator there), dates dd/MM/yyyy, CRLF line ends.
 */
final class CsvExport {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final List<String> HEADER = List.of("Date", "Demi-journée", "Début", "Fin", "Commune",
            "Code INSEE", "Lieu", "Camion", "Professionnels", "Annoncée");

    private CsvExport() {
    }

    static byte[] write(List<PermanenceView> permanences) {
        StringBuilder out = new StringBuilder();
        row(out, HEADER);
        for (PermanenceView p : permanences) {
            Slot slot = SlotTimes.DEFAULT.slot(p.date(), p.halfDay());
            row(out, List.of(p.date().format(DATE), p.halfDay().french(), slot.start().toString(),
                    slot.end().toString(), p.communeName(), p.communeInsee(), p.placeName(),
                    p.vanLabel() == null ? "fixe" : p.vanLabel(),
                    p.staff().stream().map(PlanViews.StaffView::label).collect(Collectors.joining(" / ")),
                    p.pinned() ? "oui" : "non"));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(BOM);
        bytes.writeBytes(out.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toByteArray();
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append(cells.stream().map(CsvExport::cell).collect(Collectors.joining(";"))).append("\r\n");
    }

    /** Quoted only when needed, quotes doubled (RFC 4180). */
    static String cell(String value) {
        String text = value == null ? "" : value;
        if (text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
