package fr.allervers.permanence.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.optaplanner.core.api.score.buildin.hardmediumsoft.HardMediumSoftScore;
import org.optaplanner.core.api.solver.SolverManager;
import org.springframework.transaction.support.TransactionTemplate;

import fr.allervers.permanence.domain.PermanenceSchedule;
import fr.allervers.permanence.solver.PlanExplanation;

/**
 * The bookkeeping of {@link PlanSolving} around OptaPlanner's solver manager, without Spring or a database: the
 * solver manager is a mock whose consumers the test calls in the order that once froze a re-plan.
 */
class PlanSolvingTest {

    @SuppressWarnings("unchecked")
    private final SolverManager<PermanenceSchedule, Long> solverManager = mock(SolverManager.class);
    private final PlanScoring scoring = mock(PlanScoring.class);
    private final PlanSolving solving = new PlanSolving(solverManager, mock(PermanencePlanRepository.class),
            mock(TerritoryProblemMapper.class), scoring, mock(PlanProgress.class), mock(TransactionTemplate.class),
            new PermanenceProperties(null, null, null, null));

    /**
     * OptaPlanner calls the final consumer after it has let go of the job, and the plan reads DONE as soon as that
     * consumer has saved it: a coordinator (or a test) can re-plan in between. The first solve's clean-up must then
     * leave the re-plan alone, and the two must not share a problem id in the solver manager.
     */
    @Test
    @SuppressWarnings("unchecked")
    void aReplanSubmittedBeforeThePreviousSolveHasCleanedUpKeepsItsOwnJob() {
        when(scoring.explain(any())).thenReturn(new PlanExplanation(HardMediumSoftScore.ZERO, List.of(), List.of(),
                List.of()));
        solving.submit(7);
        solving.submit(7);

        ArgumentCaptor<Long> problemIds = ArgumentCaptor.forClass(Long.class);
        ArgumentCaptor<Consumer<? super PermanenceSchedule>> finals = ArgumentCaptor.forClass(Consumer.class);
        verify(solverManager, times(2)).solveAndListen(problemIds.capture(), any(), any(), finals.capture(), any());
        assertThat(problemIds.getAllValues()).doesNotHaveDuplicates();

        finals.getAllValues().get(0).accept(mock(PermanenceSchedule.class));
        assertThat(solving.isRunning(7)).as("the re-plan is still known as running").isTrue();

        finals.getAllValues().get(1).accept(mock(PermanenceSchedule.class));
        assertThat(solving.isRunning(7)).isFalse();
    }

    @Test
    void aSubmissionTheSolverManagerRefusesIsForgotten() {
        when(solverManager.solveAndListen(anyLong(), any(), any(), any(), any()))
                .thenThrow(new IllegalStateException("refused"));
        assertThatThrownBy(() -> solving.submit(8)).hasMessage("refused");
        assertThat(solving.isRunning(8)).isFalse();
    }

    /** A plan waiting in line at shutdown never gets a consumer call: it is cancelled, not waited for. */
    @Test
    void shutdownCancelsAPlanStillWaitingInLineWithoutWaitingForIt() throws InterruptedException {
        solving.submit(9);
        ArgumentCaptor<Long> problemId = ArgumentCaptor.forClass(Long.class);
        verify(solverManager).solveAndListen(problemId.capture(), any(), any(), any(), any());

        solving.stopAll();

        verify(solverManager).terminateEarly(problemId.getValue());
        assertThat(solving.isRunning(9)).isFalse();
    }
}
