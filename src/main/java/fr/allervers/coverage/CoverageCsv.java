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
        rows.add(List.of("Couverture du territoire " + report.territory() + " — " + report.month().format(MONTH)));
        rows.add(List.of("Commune", "Code INSEE", "Permanences tenues", "Permanences prévues", "Objectif du mois",
                "Objectif atteint"));
        for (CoverageReport.CommuneCoverage c : report.communes()) {
            rows.add(List.of(c.name(), c.insee(), Integer.toString(c.held()), Integer.toString(c.planned()),
                    Integer.toString(c.target()), c.onTarget() ? "oui" : "non"));
        }
        rows.add(List.of());
        rows.add(List.of("QPV", "Code", "Permanences à proximité", "Atteint"));
        for (CoverageReport.QpvCoverage q : report.qpv()) {
            rows.add(List.of(q.name(), q.code(), Integer.toString(q.permanencesNearby()), q.covered() ? "oui" : "non"));
        }
        return FrenchExcelCsv.write(rows);
    }

    static byte[] funnel(FunnelReport report) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Personnes rencontrées sur le territoire " + report.territory() + ", de "
                + report.from().format(MONTH) + " à " + report.to().format(MONTH)));
        table(rows, "Suite donnée", report.byOutcome());
        rows.add(List.of());
        table(rows, "Public", report.byCategory());
        rows.add(List.of());
        rows.add(List.of(PUBLISHED_BLOCKS.formatted(report.k())));
        return FrenchExcelCsv.write(rows);
    }

    /** What every figure of the funnel counts, in the words of the page (docs/data-protection.md). */
    static final String PUBLISHED_BLOCKS = "Chaque nombre est le total des cases publiées : une case (un mois, une"
            + " commune, un public, une suite) n'est publiée qu'avec au moins %1$d rencontres ; les plus petites sont"
            + " regroupées par suite, puis toutes ensemble pour la commune et le mois (colonnes « non ventilé »),"
            + " et publiées si le groupe atteint %1$d rencontres ; le reste n'est compté nulle part. Une même"
            + " personne rencontrée deux fois compte deux fois.";

    private static void table(List<List<String>> rows, String title, FunnelReport.Table table) {
        List<String> header = new ArrayList<>();
        header.add("Mois — " + title);
        table.columns().forEach(c -> header.add(c.label()));
        header.add("Total des cases publiées");
        rows.add(header);
        for (FunnelReport.Row row : table.rows()) {
            rows.add(line(row.month().format(MONTH), row.values(), row.total()));
        }
        rows.add(line("Total des cases publiées", table.columnTotals(), table.total()));
    }

    private static List<String> line(String label, List<Integer> values, int total) {
        List<String> line = new ArrayList<>();
        line.add(label);
        values.forEach(v -> line.add(v.toString()));
        line.add(Integer.toString(total));
        return line;
    }
}
