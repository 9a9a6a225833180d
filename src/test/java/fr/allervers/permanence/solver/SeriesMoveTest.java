package fr.allervers.permanence.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.heuristic.selector.move.factory.MoveIteratorFactoryConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

import fr.allervers.permanence.domain.CandidatePlace;
import fr.allervers.permanence.domain.Permanence;
import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.domain.ScheduleBuilder;
import fr.allervers.permanence.domain.Seat;
import fr.allervers.permanence.domain.Worker;
import fr.allervers.permanence.solver.PermanenceInstanceGenerator.Size;

/**
 * The moves on whole weekly series: under FULL_ASSERT (after every move and undo OptaPlanner recomputes the score
 * from scratch and fails on any difference), and what each kind of move does to a plan.
 */
class SeriesMoveTest {

    private static PermanenceSchedule warmStarted(Size size, long seed) {
        return PermanenceSolver.warmStart(ScheduleBuilder.build(PermanenceInstanceGenerator.generate(size, seed)));
    }

    /** The product's configuration with its local search replaced, under FULL_ASSERT for two seconds. */
    private static SolverConfig fullAssert(LocalSearchPhaseConfig localSearch) {
        SolverConfig config = PermanenceSolverConfig.create(new TerminationConfig().withSecondsSpentLimit(2L))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT);
        List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
        phases.set(phases.size() - 1, localSearch);
        return config.withPhaseList(phases);
    }

    private static LocalSearchPhaseConfig productLocalSearch() {
        List<PhaseConfig> phases = PermanenceSolverConfig.create(new TerminationConfig()).getPhaseConfigList();
        return (LocalSearchPhaseConfig) phases.get(phases.size() - 1);
    }

    @Test
    void seriesMovesAloneKeepTheScoreUncorrupted() {
        LocalSearchPhaseConfig seriesOnly = new LocalSearchPhaseConfig().withMoveSelectorConfig(
                new MoveIteratorFactoryConfig().withMoveIteratorFactoryClass(SeriesMoveIteratorFactory.class));
        for (Size size : List.of(Size.SMALL, Size.MEDIUM)) {
            PermanenceSchedule solved = SolverFactory.<PermanenceSchedule>create(fullAssert(seriesOnly))
                    .buildSolver().solve(warmStarted(size, 1));
            assertThat(solved.getScore().hardScore()).as(size.name()).isZero();
        }
    }

    @Test
    void theProductMixKeepsTheScoreUncorrupted() {
        PermanenceSchedule solved = SolverFactory.<PermanenceSchedule>create(fullAssert(productLocalSearch()))
                .buildSolver().solve(warmStarted(Size.MEDIUM, 2));

        assertThat(solved.getScore().hardScore()).isZero();
    }

    @Test
    void pinnedPermanencesAndSeatsNeverMove() {
        PermanenceSchedule schedule = warmStarted(Size.MEDIUM, 1);
        Map<Permanence, CandidatePlace> pinnedPlaces = new IdentityHashMap<>();
        Map<Seat, Worker> pinnedStaff = new IdentityHashMap<>();
        Map<Long, List<Seat>> seats = schedule.seatsByPermanence();
        for (int i = 0; i < schedule.getPermanences().size(); i += 3) {
            Permanence permanence = schedule.getPermanences().get(i);
            permanence.setPinned(true);
            pinnedPlaces.put(permanence, permanence.getPlace());
            seats.getOrDefault(permanence.getId(), List.of()).forEach(seat -> {
                seat.setPinned(true);
                pinnedStaff.put(seat, seat.getStaff());
            });
        }
        Moves moves = new Moves(schedule);

        for (int i = 0; i < 3000; i++) {
            moves.tryRandom(List.of(moves.factory::slotExchange, moves.factory::relocation,
                    (seed, random) -> SeriesMoveIteratorFactory.placeExchange(schedule.getPermanences(), seed, random)));
        }

        assertThat(moves.done).as("moves done").isGreaterThan(100);
        pinnedPlaces.forEach((permanence, place) -> assertThat(permanence.getPlace()).isEqualTo(place));
        pinnedStaff.forEach((seat, staff) -> assertThat(seat.getStaff()).isEqualTo(staff));
    }

    @Test
    void aPlaceExchangeGivesEachPlaceTheOthersHalfDays() {
        PermanenceSchedule schedule = warmStarted(Size.MEDIUM, 1);
        Moves moves = new Moves(schedule);
        moves.checkTwentyDoable(500, () -> SeriesMoveIteratorFactory.placeExchange(schedule.getPermanences(),
                moves.randomSeed(), moves.random), move -> {
            Map<Permanence, CandidatePlace> before = places(schedule);
            return () -> {
                Set<CandidatePlace> exchanged = new HashSet<>();
                move.getPlanningEntities().forEach(permanence -> exchanged.add(before.get(permanence)));
                move.getPlanningValues().forEach(place -> exchanged.add((CandidatePlace) place));
                assertThat(exchanged).as("two places").hasSize(2).doesNotContainNull();
                for (Permanence permanence : schedule.getPermanences()) {
                    CandidatePlace was = before.get(permanence);
                    if (move.getPlanningEntities().contains(permanence)) {
                        assertThat(permanence.getPlace()).isIn(exchanged).isNotEqualTo(was);
                    } else {
                        assertThat(permanence.getPlace()).isEqualTo(was);
                    }
                }
            };
        });
    }

    @Test
    void aSlotExchangeKeepsEachWeeksPlacesAndMovesWholeWeeks() {
        PermanenceSchedule schedule = warmStarted(Size.MEDIUM, 1);
        Moves moves = new Moves(schedule);
        moves.checkTwentyDoable(500, () -> moves.factory.slotExchange(moves.randomSeed(), moves.random), move -> {
            Map<LocalDate, List<Long>> placesByWeek = placesByWeek(schedule);
            Map<LocalDate, Long> heldByWeek = heldByWeek(schedule);
            return () -> {
                assertThat(placesByWeek(schedule)).isEqualTo(placesByWeek);
                assertThat(heldByWeek(schedule)).isEqualTo(heldByWeek);
            };
        });
    }

    @Test
    void aRelocationKeepsEachCommunesMonthlyCountAndChangesTheHalfDay() {
        PermanenceSchedule schedule = warmStarted(Size.MEDIUM, 1);
        Moves moves = new Moves(schedule);
        moves.checkTwentyDoable(2000, () -> moves.factory.relocation(moves.randomSeed(), moves.random), move -> {
            Map<String, Long> monthlyCounts = monthlyCounts(schedule);
            Map<Permanence, CandidatePlace> before = places(schedule);
            return () -> {
                assertThat(monthlyCounts(schedule)).isEqualTo(monthlyCounts);
                assertThat(move.getPlanningEntities().stream().filter(Permanence.class::isInstance)
                        .map(Permanence.class::cast).filter(p -> before.get(p) != null && p.getPlace() == null))
                        .as("permanences left").isNotEmpty();
            };
        });
    }

    @Test
    void theUndoMoveRestoresPlacesPeopleAndScore() {
        PermanenceSchedule schedule = warmStarted(Size.MEDIUM, 3);
        Moves moves = new Moves(schedule);
        HardMediumSoftScore score = moves.director.calculateScore();
        Map<Permanence, CandidatePlace> places = places(schedule);
        Map<Seat, Worker> staff = new IdentityHashMap<>();
        schedule.getSeats().forEach(seat -> staff.put(seat, seat.getStaff()));
        int undone = 0;
        for (int i = 0; i < 300; i++) {
            Permanence seed = moves.randomSeed();
            SeriesMove move = switch (i % 3) {
                case 0 -> SeriesMoveIteratorFactory.placeExchange(schedule.getPermanences(), seed, moves.random);
                case 1 -> moves.factory.slotExchange(seed, moves.random);
                default -> moves.factory.relocation(seed, moves.random);
            };
            if (move.isMoveDoable(moves.director)) {
                SeriesMove undo = (SeriesMove) move.doMove(moves.director);
                undo.doMoveOnly(moves.director);
                assertThat(moves.director.calculateScore()).isEqualTo(score);
                undone++;
            }
        }
        assertThat(undone).isGreaterThan(30);
        assertThat(places(schedule)).isEqualTo(places);
        schedule.getSeats().forEach(seat -> assertThat(seat.getStaff()).isEqualTo(staff.get(seat)));
    }

    /** The factory and a score director on one schedule, with a fixed random seed. */
    private static final class Moves {
        final SeriesMoveIteratorFactory factory = new SeriesMoveIteratorFactory();
        final InnerScoreDirector<PermanenceSchedule, HardMediumSoftScore> director;
        final Random random = new Random(11);
        final PermanenceSchedule schedule;
        int done;

        Moves(PermanenceSchedule schedule) {
            this.schedule = schedule;
            DefaultSolverFactory<PermanenceSchedule> solverFactory = (DefaultSolverFactory<PermanenceSchedule>)
                    SolverFactory.<PermanenceSchedule>create(PermanenceSolverConfig.create(new TerminationConfig()));
            director = solverFactory.<HardMediumSoftScore>getScoreDirectorFactory().buildScoreDirector();
            director.setWorkingSolution(schedule);
            factory.phaseStarted(director);
        }

        Permanence randomSeed() {
            return schedule.getPermanences().get(random.nextInt(schedule.getPermanences().size()));
        }

        void apply(SeriesMove move) {
            move.doMoveOnly(director);
            director.calculateScore();
            schedule.getPermanences().forEach(p -> assertThat(p.getPlace() == null
                    || p.getCandidatePlaces().contains(p.getPlace())).isTrue());
            done++;
        }

        /**
         * Applies the first twenty doable moves {@code next} makes (within {@code attempts}): {@code check} looks at
         * the plan before each and returns what to assert after it.
         */
        void checkTwentyDoable(int attempts, Supplier<SeriesMove> next, Function<SeriesMove, Runnable> check) {
            int checked = 0;
            for (int i = 0; i < attempts && checked < 20; i++) {
                SeriesMove move = next.get();
                if (move.isMoveDoable(director)) {
                    Runnable after = check.apply(move);
                    apply(move);
                    after.run();
                    checked++;
                }
            }
            assertThat(checked).as("doable moves").isEqualTo(20);
        }

        void tryRandom(List<BiFunction<Permanence, Random, SeriesMove>> kinds) {
            SeriesMove move = kinds.get(random.nextInt(kinds.size())).apply(randomSeed(), random);
            if (move.isMoveDoable(director)) {
                apply(move);
            }
        }
    }

    private static Map<Permanence, CandidatePlace> places(PermanenceSchedule schedule) {
        Map<Permanence, CandidatePlace> places = new IdentityHashMap<>();
        schedule.getPermanences().forEach(p -> places.put(p, p.getPlace()));
        return places;
    }

    private static Map<LocalDate, List<Long>> placesByWeek(PermanenceSchedule schedule) {
        return schedule.getPermanences().stream().filter(Permanence::isHeld).collect(Collectors.groupingBy(
                p -> p.getSlot().date().with(DayOfWeek.MONDAY), Collectors.collectingAndThen(
                        Collectors.mapping(p -> p.getPlace().id(), Collectors.toList()),
                        ids -> ids.stream().sorted().toList())));
    }

    private static Map<LocalDate, Long> heldByWeek(PermanenceSchedule schedule) {
        return schedule.getPermanences().stream().filter(Permanence::isHeld).collect(Collectors.groupingBy(
                p -> p.getSlot().date().with(DayOfWeek.MONDAY), Collectors.counting()));
    }

    private static Map<String, Long> monthlyCounts(PermanenceSchedule schedule) {
        Map<String, Long> counts = new HashMap<>();
        schedule.getPermanences().stream().filter(Permanence::isHeld).forEach(p -> counts.merge(
                p.communeInsee() + " " + YearMonth.from(p.getSlot().date()), 1L, Long::sum));
        return counts;
    }
}
