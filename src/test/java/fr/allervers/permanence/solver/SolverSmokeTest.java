package fr.allervers.permanence.solver;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import fr.allervers.permanence.domain.PermanenceProblem;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.ScheduleBuilder;

class SolverSmokeTest {
    @Test
    void smoke() {
        for (PermanenceInstanceGenerator.Size size : PermanenceInstanceGenerator.Size.values()) {
            PermanenceProblem problem = PermanenceInstanceGenerator.generate(size, 1);
            PermanenceSolver solver = new PermanenceSolver(PermanenceSolverConfig.timeLimit(Duration.ofSeconds(size == PermanenceInstanceGenerator.Size.SMALL ? 3 : 10)));
            PermanenceSchedule rr = new RoundRobinPlanner().plan(ScheduleBuilder.build(problem));
            System.out.println(size + " entities " + rr.getPermanences().size() + "/" + rr.getSeats().size());
            System.out.println(size + " RR: " + solver.explain(rr).getScore() + " held " + rr.heldPermanences().size());
            long t = System.currentTimeMillis();
            PermanenceSchedule best = solver.solve(problem);
            System.out.println(size + " solved in " + (System.currentTimeMillis() - t) + " ms: " + best.getScore() + " held " + best.heldPermanences().size());
            PlanExplanation ex = solver.explainInFrench(best);
            ex.brokenRules().forEach(System.out::println);
            ex.communes().stream().limit(6).forEach(c -> System.out.println(c.sentence() + " " + c.issues()));
            ex.permanences().stream().limit(4).forEach(c -> System.out.println(c.sentence() + " " + c.issues()));
        }
    }
}
