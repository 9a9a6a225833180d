#!/usr/bin/env bash
# Benchmark of the encounter heatmap (not a test): generated encounters (1,000,000 by default) over a Rhône-sized
# department, loaded into a throw-away PostGIS (COPY) and into H2GIS (batched inserts), then GET /api/heatmap timed
# over HTTP with the service at -Xmx1g. Prints p50/p95 and the machine.
# Targets on PostGIS: 10 x 10 km at 250 m cells p95 ≤ 150 ms; the whole department ≤ 1.5 s.
# Usage: scripts/bench-heatmap.sh [PostGIS rows] [H2GIS rows]   (H2GIS: 0 to skip)
set -euo pipefail
cd "$(dirname "$0")/.."
pg_rows=${1:-1000000}
h2_rows=${2:-1000000}
scripts/lib/ensure-packages.sh
source scripts/lib/throwaway-postgis.sh
trap stop_throwaway_postgis EXIT
start_throwaway_postgis

scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.HeatmapBenchmark postgres "$pg_rows"
if [ "$h2_rows" -gt 0 ]; then
  rm -rf target/bench-heatmap-h2
  scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.HeatmapBenchmark h2 "$h2_rows"
fi
