package fr.allervers.solving;

import java.util.List;

/**
 * One kind of plan solved in the background, implemented by its planner and run by {@link SolvingJobs} on a job
 * thread of whichever instance claimed the job.
 */
public interface BackgroundSolver {

    /** What the planner did with a solve. */
    enum Outcome {
        /** The plan reached its end (done, failed, or nothing left to solve): the job is removed. */
        FINISHED,
        /** Stopped by a planned shutdown after a checkpoint: the job is handed back, due at once, for any instance. */
        HANDED_BACK
    }

    /** A short stable name, the first part of the job's id in {@code scheduled_tasks}: {@code permanence}. */
    String kind();

    /**
     * Solves the plan on the calling thread, from its last checkpoint when there is one. When {@code run} says it is
     * stopping, the planner ends the solve early, checkpoints and answers {@link Outcome#HANDED_BACK}. A failure is
     * the planner's to record on the plan; an exception thrown here is logged and the job removed.
     */
    Outcome solve(long planId, SolveRun run);

    /** The plans of this kind the database holds as being solved (or waiting to be). */
    List<Long> solvingPlanIds();

    /**
     * A plan listed by {@link #solvingPlanIds()} that has no job at all (stored before jobs existed, or its job was
     * lost): the planner settles it.
     *
     * @return true to have it solved again (a job is queued for it), false when the planner closed it itself
     */
    boolean orphaned(long planId);
}
