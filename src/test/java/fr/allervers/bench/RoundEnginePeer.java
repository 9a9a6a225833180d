package fr.allervers.bench;

import java.util.List;

import fr.allervers.maraude.bench.SolomonBench;
import fr.allervers.maraude.bench.SolomonInstance;

/** This project's engine exactly as scripts/vrptw-bench runs it (two searches, one per core). */
public final class RoundEnginePeer implements PeerSolver {

    @Override
    public String name() {
        return "aller-vers";
    }

    @Override
    public List<List<Integer>> solve(SolomonInstance instance, long seconds) throws Exception {
        return SolomonBench.run(instance, seconds).routes();
    }
}
