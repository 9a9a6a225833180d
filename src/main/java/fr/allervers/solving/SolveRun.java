package fr.allervers.solving;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * One run of a solve on this instance: lets the planner know when the instance is stopping, and stop its solver at
 * once through {@link #onStop}.
 */
public final class SolveRun {

    private final List<Runnable> stopActions = new CopyOnWriteArrayList<>();
    private volatile boolean stopping;

    /** True once the instance has begun a planned shutdown: the planner checkpoints and hands the plan back. */
    public boolean stopping() {
        return stopping;
    }

    /** Runs {@code action} (e.g. the solver's terminateEarly) when the instance stops; at once if it already is. */
    public void onStop(Runnable action) {
        stopActions.add(action);
        if (stopping && stopActions.remove(action)) {
            action.run();
        }
    }

    void stop() {
        stopping = true;
        for (Runnable action : stopActions) {
            if (stopActions.remove(action)) {
                action.run();
            }
        }
    }
}
