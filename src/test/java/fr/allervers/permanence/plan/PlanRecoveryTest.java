package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.permanence.domain.DayPart;
import fr.allervers.permanence.domain.PlannedPermanence;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Consortium;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.solving.SolvingJobs;
import fr.allervers.territory.PlaceRepository;
import fr.allervers.territory.StaffRepository;
import fr.allervers.territory.StaffRole;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;
import fr.allervers.territory.VanRepository;

/**
 * What the start-up sweep of the solving jobs does to permanence plans: one SOLVING without any job (stored before
 * the jobs existed, with its last checkpoint) is marked INTERRUPTED with its permanences kept, and can be re-planned;
 * one with a job (queued or solving, on any instance) is left alone.
 */
@DatabaseTest
class PlanRecoveryTest {

    @Autowired
    private SolvingJobs jobs;
    @Autowired
    private PermanencePlanService service;
    @Autowired
    private PermanencePlanRepository plans;
    @Autowired
    private TerritoryRepository territories;
    @Autowired
    private PlaceRepository places;
    @Autowired
    private StaffRepository staff;
    @Autowired
    private VanRepository vans;
    @Autowired
    private CurrentConsortium currentConsortium;
    @Autowired
    private TransactionTemplate transactions;

    @Test
    void planLeftSolvingWithoutAJobIsInterruptedWithItsBestPlanKept() throws Exception {
        LocalDate monday = LocalDate.of(2026, 4, 6);
        long crashed = transactions.execute(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY)
                    .orElseThrow();
            PermanencePlan plan = new PermanencePlan(consortium, territory, monday, monday.plusDays(11), 1, 1);
            plan.replacePermanences(List.of(PlanPermanence.of(new PlannedPermanence(monday, DayPart.AM,
                    vans.findByConsortiumOrderByRef(consortium).get(0).getId(), placeId(consortium, "SF-PLACE"),
                    List.of(staffId(consortium, StaffRole.SOCIAL_WORKER),
                            staffId(consortium, StaffRole.EMPLOYMENT_COUNSELLOR)), true))));
            plan.scored("0hard/0medium/-10soft", List.of(), List.of());
            return plans.save(plan).getId();
        });
        long running = service.launch(new PlanViews.LaunchRequest(
                plans.findById(crashed).orElseThrow().getTerritory().getId(), monday, monday.plusDays(4), 3, 1));

        int marked = jobs.settleOrphans();

        assertThat(marked).isGreaterThanOrEqualTo(1);
        PlanViews.PlanView interrupted = service.view(crashed);
        assertThat(interrupted.status()).isEqualTo(PlanStatus.INTERRUPTED);
        assertThat(interrupted.failure()).contains("meilleur plan trouvé jusque-là est conservé");
        assertThat(interrupted.score()).isEqualTo("0hard/0medium/-10soft");
        assertThat(interrupted.permanences()).singleElement().satisfies(p -> {
            assertThat(p.placeName()).isEqualTo("Place Roger-Salengro");
            assertThat(p.pinned()).isTrue();
        });
        assertThat(service.view(running).status()).as("with its job: left alone")
                .isEqualTo(PlanStatus.SOLVING);

        service.replan(crashed, 1, false);
        PlanViews.PlanView replanned = await(crashed);
        assertThat(replanned.status()).isEqualTo(PlanStatus.DONE);
        assertThat(replanned.permanences()).anySatisfy(p -> {
            assertThat(p.date()).isEqualTo(monday);
            assertThat(p.placeName()).isEqualTo("Place Roger-Salengro");
            assertThat(p.pinned()).isTrue();
        });
        assertThat(await(running).status()).isEqualTo(PlanStatus.DONE);
    }

    private PlanViews.PlanView await(long id) {
        org.awaitility.Awaitility.await("plan " + id + " to stop solving").atMost(java.time.Duration.ofMinutes(2)).pollInSameThread()
                .until(() -> service.view(id).status() != PlanStatus.SOLVING);
        return service.view(id);
    }

    private long placeId(Consortium consortium, String ref) {
        return places.findByConsortium(consortium).stream().filter(p -> p.getRef().equals(ref)).findFirst()
                .orElseThrow().getId();
    }

    private long staffId(Consortium consortium, StaffRole role) {
        return staff.findByConsortiumOrderByRef(consortium).stream().filter(s -> s.getRole() == role)
                .filter(s -> s.getAvailability().slots().size() == 10).findFirst().orElseThrow().getId();
    }
}
