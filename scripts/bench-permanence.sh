#!/usr/bin/env bash
# Permanence planning benchmark (not a test): generated instances small → large, OptaPlanner against the
# round-robin baseline and, on the small instances, the proven optimum of an exact OR-Tools CP-SAT model.
# Prints a table (instance, method, hard/medium/soft, seconds, gap) and the machine. About 6–7 minutes by default.
# Targets: 0 hard in ≤ 5 s; the large instance solves in -Xmx1g; soft within 1 % of the optimum in 30 s (small).
# Extra arguments go to the benchmark: --opta-seconds=30 --cp-seconds=60 --small-seeds=1,2,3 --seed=1
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.PermanenceBenchmark "$@"
