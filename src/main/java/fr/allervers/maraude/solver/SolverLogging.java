package fr.allervers.maraude.solver;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without a logging configuration Logback logs at DEBUG, and OptaPlanner then logs every step, which slows
 * command-line solving (the benchmark) several times over. Applies only when Logback is the binding.
 */
public final class SolverLogging {

    private SolverLogging() {
    }

    public static void quiet() {
        Logger logger = LoggerFactory.getLogger("org.optaplanner");
        if (logger instanceof ch.qos.logback.classic.Logger logback) {
            logback.setLevel(ch.qos.logback.classic.Level.INFO);
        }
    }
}
