package fr.allervers.bench;

import java.util.List;

import fr.allervers.maraude.bench.SolomonInstance;

/** One solver of the peer benchmark: routes as customer numbers of the file, one list per vehicle used. */
public interface PeerSolver {

    String name();

    List<List<Integer>> solve(SolomonInstance instance, long seconds) throws Exception;
}
