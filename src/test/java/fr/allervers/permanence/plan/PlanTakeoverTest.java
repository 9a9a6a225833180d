package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.demo.DemoTerritoryLoader;
import fr.allervers.security.CurrentConsortium;
import fr.allervers.solving.BackgroundSolver;
import fr.allervers.solving.SolveRun;
import fr.allervers.support.DatabaseTest;
import fr.allervers.territory.Consortium;
import fr.allervers.territory.Territory;
import fr.allervers.territory.TerritoryRepository;

/**
 * Permanence plans solved as jobs any instance may take: a solve taken over by another instance (or resumed after a
 * planned shutdown) continues with the time that is left, as its checkpoint says, not with a fresh time limit; a job
 * is committed with its plan; and an instance that is not solving a plan follows its progress in the database.
 */
@DatabaseTest
class PlanTakeoverTest {

    @Autowired
    private PlanSolving solving;
    @Autowired
    private PermanencePlanRepository plans;
    @Autowired
    private TerritoryRepository territories;
    @Autowired
    private CurrentConsortium currentConsortium;
    @Autowired
    private TransactionTemplate transactions;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private MockMvc mvc;

    @Test
    void aTakenOverSolveContinuesWithTheTimeThatIsLeft() {
        LocalDate monday = LocalDate.of(2026, 4, 13);
        long id = transactions.execute(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY)
                    .orElseThrow();
            PermanencePlan plan = new PermanencePlan(consortium, territory, monday, monday.plusDays(4), 30, 1);
            plan.spentSolving(28_000); // what the checkpoint of the instance that died says
            return plans.save(plan).getId();
        });

        long started = System.nanoTime();
        BackgroundSolver.Outcome outcome = solving.solve(id, new SolveRun()); // as the job thread that took it over
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(outcome).isEqualTo(BackgroundSolver.Outcome.FINISHED);
        assertThat(took).as("the few seconds left, not 30 s again").isLessThan(Duration.ofSeconds(20));
        PermanencePlan done = plans.findById(id).orElseThrow();
        assertThat(done.getStatus()).isEqualTo(PlanStatus.DONE);
        assertThat(done.getScore()).startsWith("0hard/");
        assertThat(done.getSolvingSpentMs()).as("28 s before, at least the 5 s owed now")
                .isGreaterThanOrEqualTo(28_000 + PlanSolving.MIN_RESUMED_MS);
    }

    /** A plan and its job are committed together: no instance can take the job of a plan it cannot read yet. */
    @Test
    void theJobIsCommittedWithItsPlan() throws Exception {
        long[] id = new long[1];
        transactions.executeWithoutResult(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY)
                    .orElseThrow();
            id[0] = plans.save(new PermanencePlan(consortium, territory, LocalDate.of(2026, 4, 27),
                    LocalDate.of(2026, 4, 28), 1, 1)).getId();
            solving.submit(id[0]);
            assertThat(jobsSeenByAnotherConnection(id[0])).as("not before the commit").isZero();
        });
        assertThat(jobsSeenByAnotherConnection(id[0]) + (plans.findById(id[0]).orElseThrow().getStatus()
                == PlanStatus.SOLVING ? 0 : 1)).as("the job, or already the solved plan").isPositive();
        org.awaitility.Awaitility.await("the plan solved by the job").atMost(Duration.ofMinutes(1))
                .until(() -> plans.findById(id[0]).orElseThrow().getStatus() == PlanStatus.DONE);
    }

    private long jobsSeenByAnotherConnection(long planId) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select count(*) from scheduled_tasks where task_instance like ?")) {
            query.setString(1, PlanSolving.KIND + "-" + planId + "-%");
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The progress stream of an instance that is not solving the plan follows what the solving one writes: its
     * checkpointed scores, then its end. Here the "other instance" is this test, writing the plan as it would.
     */
    @Test
    void theProgressOfAPlanSolvedElsewhereIsReadFromTheDatabase() throws Exception {
        long id = transactions.execute(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY)
                    .orElseThrow();
            PermanencePlan plan = new PermanencePlan(consortium, territory, LocalDate.of(2026, 5, 4),
                    LocalDate.of(2026, 5, 8), 30, 1);
            plan.scored("0hard/-2medium/-50soft", java.util.List.of(), java.util.List.of());
            return plans.save(plan).getId();
        });
        MvcResult stream = mvc.perform(get("/api/permanence-plans/" + id + "/events")).andReturn();
        assertThat(stream.getRequest().isAsyncStarted()).as("still solving: the stream stays open").isTrue();
        assertThat(body(stream)).contains("0hard/-2medium/-50soft");

        transactions.executeWithoutResult(status -> plans.findById(id).orElseThrow()
                .scored("0hard/0medium/-40soft", java.util.List.of(), java.util.List.of()));
        org.awaitility.Awaitility.await("the next checkpoint").atMost(Duration.ofSeconds(10))
                .until(() -> body(stream).contains("0hard/0medium/-40soft"));

        transactions.executeWithoutResult(status -> {
            PermanencePlan plan = plans.findById(id).orElseThrow();
            plan.scored("0hard/0medium/-30soft", java.util.List.of(), java.util.List.of());
            plan.finish(PlanStatus.DONE, null);
        });
        org.awaitility.Awaitility.await("the end").atMost(Duration.ofSeconds(10))
                .until(() -> body(stream).contains("\"status\":\"DONE\""));
        assertThat(body(stream)).contains("0hard/0medium/-30soft");
    }

    private static String body(MvcResult stream) throws java.io.UnsupportedEncodingException {
        return stream.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void aPlanThatIsNoLongerSolvingIsLeftAlone() {
        long id = transactions.execute(status -> {
            Consortium consortium = currentConsortium.get();
            Territory territory = territories.findByConsortiumAndName(consortium, DemoTerritoryLoader.TERRITORY)
                    .orElseThrow();
            PermanencePlan plan = new PermanencePlan(consortium, territory, LocalDate.of(2026, 4, 20),
                    LocalDate.of(2026, 4, 24), 30, 1);
            plan.finish(PlanStatus.INTERRUPTED, PlanSolving.INTERRUPTED_MESSAGE);
            return plans.save(plan).getId();
        });

        assertThat(solving.solve(id, new SolveRun())).isEqualTo(BackgroundSolver.Outcome.FINISHED);
        assertThat(plans.findById(id).orElseThrow().getStatus()).isEqualTo(PlanStatus.INTERRUPTED);
    }
}
