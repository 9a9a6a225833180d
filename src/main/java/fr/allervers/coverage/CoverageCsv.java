package fr.allervers.coverage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.allervers.system.FrenchExcelCsv;

/** The funders' tables as spreadsheets for their own reports, in French Excel's format. */
final class CoverageCsv {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRANCE);

    private CoverageCsv() {
    }

    static byte[] coverage(CoverageReport report) {
        List<List<String>> rows = new ArrayList<>();
        CoverageReport.Indicators i = report.indicators();
        rows.add(List.of("Couverture du territoire " + report.territory() + " — " + report.month().format(MONTH)
                + (i.monthInProgress() ? " (mois en cours)" : "")));
        rows.add(List.of("Communes à l'objectif (permanences tenues)", i.communesOnTarget() + " / " + i.communes()));
        if (i.monthInProgress()) {
            rows.add(List.of("Communes en cours", Integer.toString(i.communesInProgress())));
        }
        rows.add(List.of("Permanences tenues", Integer.toString(i.permanencesHeld())));
        rows.add(List.of("Permanences prévues", Integer.toString(i.permanencesPlanned())));
        rows.add(List.of("QPV avec une permanence tenue à proximité", i.qpvCovered() + " / " + i.qpv()));
        rows.add(List.of("Hôtels 115 visités dans le mois", i.hotelsVisited() + " / " + i.hotels()));
        rows.add(List.of());
        rows.add(List.of("Commune", "Code INSEE", "Permanences tenues", "Permanences prévues", "Objectif du mois",
                "Objectif atteint", "Situation"));
        for (CoverageReport.CommuneCoverage c : report.communes()) {
            rows.add(List.of(c.name(), c.insee(), Integer.toString(c.held()), Integer.toString(c.planned()),
                    Integer.toString(c.target()), c.onTarget() ? "oui" : "non", c.description()));
        }
        rows.add(List.of());
        rows.add(List.of("QPV", "Code", "Permanences à proximité (tenues ou prévues)", "Tenues à proximité",
                "Atteint"));
        for (CoverageReport.QpvCoverage q : report.qpv()) {
            rows.add(List.of(q.name(), q.code(), Integer.toString(q.permanencesNearby()),
                    Integer.toString(q.heldNearby()), q.covered() ? "oui" : "non"));
        }
        rows.add(List.of());
        rows.add(List.of(TARGETS_RULE));
        return FrenchExcelCsv.write(rows);
    }

    /** What « atteint » means, in the words of the page. */
    static final String TARGETS_RULE = "Seules les permanences tenues (leur demi-journée est passée) comptent pour"
            + " l'objectif ; les permanences prévues sont montrées à côté. Un QPV est atteint quand une permanence a"
            + " été tenue à proximité.";

    static byte[] funnel(FunnelReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Contacts (personnes rencontrées) sur le territoire " + report.territory() + ", de "
                + report.from().format(MONTH) + " à " + report.to().format(MONTH)));
        table(rows, "Suite donnée", report.byOutcome(), report.k());
        rows.add(List.of());
        table(rows, "Public", report.byCategory(), report.k());
        rows.add(List.of());
        rows.add(List.of(PUBLISHED_BLOCKS.formatted(report.k())));
        rows.add(List.of(SMALL_LEGEND.formatted(HiddenBecause.SMALL.label(report.k()), report.k())));
        return FrenchExcelCsv.write(rows);
    }

    /** What every figure of the funnel counts, in the words of the page (docs/data-protection.md). */
    static final String PUBLISHED_BLOCKS = "Chaque nombre est le total des cases publiées : une case (un mois, une"
            + " commune, un public, une suite) n'est publiée qu'avec au moins %1$d rencontres ; les plus petites sont"
            + " regroupées par suite, puis toutes ensemble pour la commune et le mois (colonnes « non ventilé »),"
            + " et publiées si le groupe atteint %1$d rencontres ; le reste n'est compté nulle part. Les nombres sont"
            + " des contacts : une même personne rencontrée deux fois compte deux fois.";

    /**
     * The legend of {@link HiddenBecause#SMALL}, in the words of the page. No value is ever hidden to protect
     * another (« secret »): the published blocks make that needless.
     */
    static final String SMALL_LEGEND = "« %1$s » : rien n'est publié dans cette case, et ce mois-là des rencontres"
            + " — moins de %2$d dans chaque commune — ne sont comptées nulle part ; elles peuvent être dans cette"
            + " case ou dans une autre de la ligne. Aucune case n'est masquée pour en protéger une autre.";

    private static void table(List<List<String>> rows, String title, FunnelReport.Table table, int k) {
        List<String> header = new ArrayList<>();
        header.add("Mois — " + title);
        table.columns().forEach(c -> header.add(c.label()));
        header.add("Total des cases publiées");
        rows.add(header);
        for (FunnelReport.Row row : table.rows()) {
            rows.add(line(row.month().format(MONTH), row.values(), row.hiddenBecause(), row.total(), k));
        }
        rows.add(line("Total des cases publiées", table.columnTotals(), null, table.total(), k));
    }

    private static List<String> line(String label, List<Integer> values, List<HiddenBecause> hiddenBecause,
            int total, int k) {
        List<String> line = new ArrayList<>();
        line.add(label);
        for (int i = 0; i < values.size(); i++) {
            HiddenBecause reason = hiddenBecause == null ? null : hiddenBecause.get(i);
            line.add(reason == null ? values.get(i).toString() : reason.label(k));
        }
        line.add(Integer.toString(total));
        return line;
    }
}
