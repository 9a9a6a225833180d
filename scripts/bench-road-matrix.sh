#!/usr/bin/env bash
# Road matrix benchmark (not a test): GraphHopper travel-time matrices (CH buckets on the contracted graph) on
# N = 50, 100, 200 seeded random points of the shared Monaco OpenStreetMap extract; prints per N the median time of
# a warm matrix and per row (wall clock and CPU), the old one-route-per-pair matrix and the one-to-many searches on
# the base graph at N = 50 for comparison (with the largest difference from the contracted matrix), then a maraude
# plan of 200 visits and 6 teams through the road matrix.
# Target: 200 points ≤ 5 s on 2 cores, the time per row growing about linearly with N.
# Extra arguments go to the benchmark: --sizes=50,100,200 --runs=5 --mode=car --point-to-point=50 --base-graph=50 --seed=17
#   --maraude-visits=200 --maraude-teams=6 --maraude-seconds=30 (0 visits: no maraude)
#   --osm=FILE --bbox=minLon,minLat,maxLon,maxLat (another extract, e.g. a department's)
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.RoadMatrixBenchmark "$@"
