package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Profession;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.domain.Vehicle;
import fr.allervers.permanence.solver.PermanenceConstraintProvider;
import fr.allervers.permanence.solver.PermanenceSolver;
import fr.allervers.permanence.solver.PermanenceSolverConfig;
import fr.allervers.permanence.solver.PlanExplanation;
import fr.allervers.support.DatabaseTest;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.territory.Place;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.Staff;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import fr.allervers.territory.Van;
import fr.allervers.territory.VanRepository;

/** The demo territory as the solver sees it. Each test's writes are rolled back (MockMvc runs in its transaction). */
@DatabaseTest
@Transactional
class TerritoryProblemMapperTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);

    @Autowired
    private TerritoryProblemMapper mapper;
    @Autowired
    private TerritoryRepository territories;
    @Autowired
    private CurrentConsortium consortium;
    @Autowired
    private MockMvc mvc;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private VanRepository vans;
    @Autowired
    private PlaceRepository places;
    @Autowired
    private fr.allervers.demand.DemandScores demandScores;

    @Test
    void demoTerritoryBecomesAProblemWithDemandAndTravel() {
        TerritoryData data = mapper.load(demo(), List.of(), true);
        PermanenceProblem problem = mapper.problem(data, MONDAY, MONDAY.plusDays(13), 1, List.of());

        assertThat(problem.dates()).hasSize(14);
        assertThat(problem.communes()).extracting(c -> c.insee())
                .containsExactlyInAnyOrder("69199", "69259", "69276", "69273", "69296");
        assertThat(problem.places()).hasSize(10);
        assertThat(problem.staff()).hasSize(8);
        assertThat(problem.vans()).hasSize(1);
        assertThat(problem.fixedTeamsPerSlot()).isEqualTo(1);
        Map<String, CandidatePlace> byName = Map.copyOf(problem.places().stream()
                .collect(java.util.stream.Collectors.toMap(CandidatePlace::name, p -> p)));
        // The planner rewards exactly the demand score; the Minguettes market, inside the QPV Minguettes - Clochettes,
        // ranks above the town hall square of Solaize, which has no QPV and no hotel nearby.
        Map<Long, Double> scores = demandScores.forPlaces(demo());
        assertThat(problem.places()).allSatisfy(p -> assertThat(p.demandScore())
                .isCloseTo(scores.getOrDefault(p.id(), 0.0), within(1e-9)));
        assertThat(byName.get("Marché des Minguettes").demandScore())
                .isGreaterThan(byName.get("Parvis de la mairie de Solaize").demandScore());
        assertThat(problem.places()).allMatch(p -> p.demandScore() >= 0 && p.demandScore() <= 1);
        // Saint-Fons town hall square to Solaize town hall: about 7.7 km as the crow flies, 1.3 × at 25 km/h (the
        // default great-circle provider: no road network in tests).
        CandidatePlace saintFons = byName.get("Place Roger-Salengro");
        CandidatePlace solaize = byName.get("Parvis de la mairie de Solaize");
        assertThat((double) problem.travel().minutes(saintFons, solaize)).isCloseTo(24, within(3.0));
        assertThat(problem.staff()).filteredOn(s -> s.role() == Profession.EMPLOYMENT_COUNSELLOR).hasSize(3);
    }

    /** What an impossible request returns: a plan, with the missed targets named and why, not an error. */
    @Test
    void withoutCounsellorTheMissedTargetsAreNamed() {
        TerritoryData full = mapper.load(demo(), List.of(), true);
        TerritoryData noCounsellor = new TerritoryData(full.territory(), full.communes(), full.places(),
                full.staff().stream().filter(s -> s.getRole() != StaffRole.EMPLOYMENT_COUNSELLOR).toList(),
                full.vans(), full.demand());
        PermanenceSolver solver = new PermanenceSolver(
                PermanenceSolverConfig.bestScoreOr("0hard/0medium/*soft", Duration.ofSeconds(3)));

        var solved = solver.solve(mapper.problem(noCounsellor, MONDAY, MONDAY.plusDays(13), 1, List.of()));
        PlanExplanation explanation = solver.explainInFrench(solved);

        assertThat(solved.getScore().hardScore()).isZero();
        assertThat(solved.getScore().mediumScore()).isNegative();
        assertThat(explanation.brokenRules()).singleElement().asString()
                .contains(PermanenceConstraintProvider.COMMUNE_MONTHLY_MINIMUM);
        assertThat(explanation.communes()).allSatisfy(c -> assertThat(c.sentence()).contains("aucun binôme disponible"));
    }

    /**
     * Declared absences and the coordinator's targets reach the solver: a van back from the garage at noon, a social
     * worker away from Tuesday noon to Wednesday noon, a commune asked for 3 to 5 visits at least 7 days apart.
     */
    @Test
    void absencesAndCommuneTargetsReachTheProblem() throws Exception {
        Territory territory = demo();
        long van = vans.findByConsortiumOrderByRef(consortium.get()).get(0).getId();
        long ts1 = staff.findByConsortiumAndRef(consortium.get(), "TS-1").orElseThrow().getId();
        LocalDate tuesday = MONDAY.plusDays(1);
        LocalDate wednesday = MONDAY.plusDays(2);
        assertThat(send(post("/api/vans/" + van + "/unavailability"), "{\"from\":\"" + MONDAY + "\",\"to\":\""
                + MONDAY + "\",\"toHalfDay\":\"AM\",\"reason\":\"SERVICING\"}")).isEqualTo(201);
        assertThat(send(post("/api/staff/" + ts1 + "/absences"), "{\"from\":\"" + tuesday
                + "\",\"fromHalfDay\":\"PM\",\"to\":\"" + wednesday + "\",\"toHalfDay\":\"AM\",\"reason\":\"TRAINING\"}"))
                .isEqualTo(201);
        assertThat(send(put("/api/territories/" + territory.getId() + "/communes/69273/targets"),
                "{\"minPerMonth\":3,\"maxPerMonth\":5,\"minSpacingDays\":7}")).isEqualTo(200);

        PermanenceProblem problem = mapper.problem(mapper.load(territory, List.of(), false), MONDAY,
                MONDAY.plusDays(13), 1, List.of());

        Vehicle inGarage = problem.vans().stream().filter(v -> v.id() == van).findFirst().orElseThrow();
        assertThat(inGarage.isAvailable(problem.slotTimes().slot(MONDAY, DayPart.AM))).isFalse();
        assertThat(inGarage.isAvailable(problem.slotTimes().slot(MONDAY, DayPart.PM))).isTrue();
        Worker away = problem.staff().stream().filter(s -> s.id() == ts1).findFirst().orElseThrow();
        assertThat(away.isAvailable(problem.slotTimes().slot(tuesday, DayPart.AM))).isTrue();
        assertThat(away.isAvailable(problem.slotTimes().slot(tuesday, DayPart.PM))).isFalse();
        assertThat(away.isAvailable(problem.slotTimes().slot(wednesday, DayPart.AM))).isFalse();
        assertThat(away.isAvailable(problem.slotTimes().slot(wednesday, DayPart.PM))).isTrue();
        assertThat(problem.staff()).filteredOn(s -> s.id() != ts1)
                .allMatch(s -> s.unavailableDates().isEmpty() && s.unavailableHalfDays().isEmpty());
        assertThat(problem.communes()).filteredOn(c -> c.insee().equals("69273")).singleElement()
                .satisfies(c -> {
                    assertThat(c.minPerMonth()).isEqualTo(3);
                    assertThat(c.maxPerMonth()).isEqualTo(5);
                    assertThat(c.minSpacingDays()).isEqualTo(7);
                });
        assertThat(problem.communes()).filteredOn(c -> !c.insee().equals("69273"))
                .allSatisfy(c -> assertThat(List.of(c.minPerMonth(), c.maxPerMonth(), c.minSpacingDays()))
                        .containsExactly(2, 4, 5));
    }

    /**
     * An archived place, person or van is not offered to a new plan, while a stored plan that names it still loads
     * and scores: it comes in only when the plan refers to it, and never open or available.
     */
    @Test
    void archivedItemsAreNeverOfferedButAPlanThatNamesThemStillLoads() {
        Territory territory = demo();
        Place square = places.findByConsortiumAndRef(consortium.get(), "VE-PLACE").orElseThrow();
        Staff leaving = staff.findByConsortiumAndRef(consortium.get(), "TS-1").orElseThrow();
        Van van = vans.findByConsortiumOrderByRef(consortium.get()).get(0);
        Instant now = Instant.now();
        square.archive(now);
        leaving.archive(now);
        van.archive(now);

        assertThat(mapper.load(territory, List.of(), false).places()).extracting(Place::getId)
                .doesNotContain(square.getId());
        PermanenceProblem problem = mapper.problem(mapper.load(territory, List.of(square.getId()), false), MONDAY,
                MONDAY.plusDays(13), 1, List.of());

        assertThat(problem.places()).filteredOn(p -> p.id() == square.getId()).singleElement()
                .satisfies(p -> assertThat(p.opening()).isEmpty());
        assertThat(problem.staff()).filteredOn(s -> s.id() == leaving.getId()).singleElement()
                .satisfies(s -> assertThat(s.availability()).isEmpty());
        assertThat(problem.vans()).filteredOn(v -> v.id() == van.getId()).singleElement()
                .satisfies(v -> assertThat(v.availability()).isEmpty());
        assertThat(problem.staff()).filteredOn(s -> s.id() != leaving.getId())
                .allSatisfy(s -> assertThat(s.availability()).isNotEmpty());
    }

    /** The plan API tests use the same fortnight: nothing of the above may outlive the test. */
    @AfterTransaction
    void nothingLeftBehind() {
        assertThat(jdbc.queryForObject("select count(*) from staff_absence where date_from >= ? and date_from <= ?",
                Long.class, MONDAY, MONDAY.plusDays(13))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from van_unavailability where date_from >= ? and date_from <= ?",
                Long.class, MONDAY, MONDAY.plusDays(13))).isZero();
        assertThat(jdbc.queryForObject("select count(*) from commune_target where insee = '69273'", Long.class)).isZero();
    }

    private int send(MockHttpServletRequestBuilder request, String json) throws Exception {
        return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(json)).andReturn().getResponse()
                .getStatus();
    }

    private Territory demo() {
        return territories.findByConsortiumAndName(consortium.get(), DemoTerritoryLoader.TERRITORY).orElseThrow();
    }
}
