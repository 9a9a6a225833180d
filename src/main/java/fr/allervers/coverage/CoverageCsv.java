package fr.allervers.coverage;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.allervers.system.FrenchExcelCsv;

/** The funders' tables as spreadsheets for their own reports, in French Excel's format. */
final class CoverageCsv {

    /** How official French statistics mark a hidden count: "s" for secret statistique. */
    static final String HIDDEN = "s";
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
        rows.add(List.of(HIDDEN + " : effectif masqué (secret statistique) — moins de " + report.k()
                + " personnes, ou effectif qui permettrait d'en retrouver un tel par soustraction"));
        return FrenchExcelCsv.write(rows);
    }

    private static void table(List<List<String>> rows, String title, FunnelReport.Table table) {
        List<String> header = new ArrayList<>();
        header.add("Mois — " + title);
        table.columns().forEach(c -> header.add(c.label()));
        header.add("Total");
        rows.add(header);
        for (FunnelReport.Row row : table.rows()) {
            rows.add(line(row.month().format(MONTH), row.values(), row.total()));
        }
        rows.add(line("Total", table.columnTotals(), table.total()));
    }

    private static List<String> line(String label, List<Integer> values, Integer total) {
        List<String> line = new ArrayList<>();
        line.add(label);
        values.forEach(v -> line.add(value(v)));
        line.add(value(total));
        return line;
    }

    private static String value(Integer v) {
        return v == null ? HIDDEN : v.toString();
    }
}
