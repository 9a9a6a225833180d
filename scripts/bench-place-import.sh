#!/usr/bin/env bash
# Benchmark of a large places import (not a test): the probe of issue #13, ~5 MB / 106,000 CSV rows imported over
# HTTP on H2GIS (and on a throw-away PostGIS with --postgis), first as new places, then again unchanged.
# Usage: scripts/bench-place-import.sh [rows] [--postgis]. Target: each import in seconds, not minutes.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=106000
postgis=false
for arg in "$@"; do
  case "$arg" in
    --postgis) postgis=true ;;
    *) rows="$arg" ;;
  esac
done
scripts/lib/ensure-packages.sh
rm -rf target/bench-h2-places
scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.PlaceImportBenchmark h2 "$rows"
if $postgis; then
  source scripts/lib/throwaway-postgis.sh
  trap stop_throwaway_postgis EXIT
  start_throwaway_postgis
  scripts/lib/run-main.sh -Xmx1g -- fr.allervers.bench.PlaceImportBenchmark postgres "$rows"
fi
