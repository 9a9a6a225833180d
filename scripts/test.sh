#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what it needs (PostGIS, Chromium), starts a throw-away
# PostGIS, runs every test on the embedded H2GIS database and the database tests again on PostGIS, then stops
# and removes the cluster. Extra arguments go to Maven (e.g. -Dtest=ImportApiTest).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/lib/ensure-packages.sh
# shellcheck source=lib/throwaway-postgis.sh
source scripts/lib/throwaway-postgis.sh
trap stop_throwaway_postgis EXIT
start_throwaway_postgis

export SE_OFFLINE=true
./mvnw -B -ntp verify -Ppostgis "$@"
