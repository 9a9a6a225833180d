#!/usr/bin/env bash
# Benchmark of the territory import and layer API (not a test): ~1,600 QPV polygons imported over HTTP, then the
# QPV layer of one department's bbox, on a throw-away PostGIS and on H2GIS. Prints the figures.
# Targets: import ≤ 10 s and layer query p95 ≤ 200 ms on PostGIS.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/lib/ensure-packages.sh
source scripts/lib/throwaway-postgis.sh
trap stop_throwaway_postgis EXIT
start_throwaway_postgis

scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.ImportBenchmark postgres
rm -rf target/bench-h2
scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.ImportBenchmark h2
