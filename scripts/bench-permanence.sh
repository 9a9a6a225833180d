#!/usr/bin/env bash
# Permanence planning benchmark (not a test): generated instances small → large, OptaPlanner against the
# round-robin baseline, the proven optimum of an exact OR-Tools CP-SAT model on the small instances, and on the
# medium one CP-SAT's best plan and best bound after --cp-medium-seconds (OptaPlanner's gap to that bound).
# Prints a table (instance, method, hard/medium/soft, seconds, process CPU seconds, gap) and the machine.
# About 5 minutes by default on a quiet machine. Targets: 0 hard in ≤ 5 s; the large instance solves in -Xmx1g;
# soft within 1 % of the optimum in 30 s (small) and within 2 % of the CP-SAT bound in 30 s (medium).
# Extra arguments go to the benchmark: --opta-seconds=30 --cp-seconds=60 --cp-medium-seconds=120
# --small-seeds=1,2,3 --seed=1 --sizes=small,medium,large
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.PermanenceBenchmark "$@"
