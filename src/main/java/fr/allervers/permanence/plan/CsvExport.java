package fr.allervers.permanence.plan;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import fr.allervers.permanence.domain.Slot;
import fr.allervers.permanence.domain.SlotTimes;
import fr.allervers.permanence.plan.PlanViews.PermanenceView;
import fr.allervers.system.FrenchExcelCsv;

/** The plan as a spreadsheet for French Excel: one line per permanence, dates dd/MM/yyyy. */
final class CsvExport {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    private static final List<String> HEADER = List.of("Date", "Demi-journée", "Début", "Fin", "Commune",
            "Code INSEE", "Lieu", "Camion", "Professionnels", "Épinglée", "Statut", "Motif d'annulation");

    private CsvExport() {
    }

    private static String cancellation(PermanenceView p) {
        return p.cancellation().reasonLabel() + (p.cancellation().comment() == null ? ""
                : " — " + p.cancellation().comment());
    }

    static byte[] write(List<PermanenceView> permanences) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADER);
        for (PermanenceView p : permanences) {
            Slot slot = SlotTimes.DEFAULT.slot(p.date(), p.halfDay());
            rows.add(List.of(p.date().format(DATE), p.halfDay().french(), slot.start().toString(),
                    slot.end().toString(), p.communeName(), p.communeInsee(), p.placeName(),
                    p.vanLabel() == null ? "fixe" : p.vanLabel(),
                    p.staff().stream().map(PlanViews.StaffView::label).collect(Collectors.joining(" / ")),
                    p.pinned() ? "oui" : "non", p.cancelled() ? "annulée" : "prévue",
                    p.cancelled() ? cancellation(p) : ""));
        }
        return FrenchExcelCsv.write(rows);
    }
}
