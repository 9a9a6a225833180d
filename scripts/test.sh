#!/usr/bin/env bash
# The whole test suite, on a fresh machine: installs what it needs (PostGIS, Chromium), starts a throw-away
# PostGIS, runs every test on the embedded H2GIS database and the database tests again on PostGIS, then the *IT
# tests that start the packaged jar, then stops and removes the cluster. Extra arguments go to Maven
# (e.g. -Dtest=ImportApiTest).
#
# The project is compiled and packaged once; then the H2GIS run and the PostGIS run (followed by the *IT tests) go
# side by side, because each keeps about one of the two cores busy. The H2GIS run prints as it goes; the PostGIS
# run writes target/test-postgis.log, printed when it ends.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/lib/ensure-packages.sh
# shellcheck source=lib/throwaway-postgis.sh
source scripts/lib/throwaway-postgis.sh
pids=()
stop_everything() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  stop_throwaway_postgis
}
trap stop_everything EXIT
start_throwaway_postgis

export SE_OFFLINE=true
# Two Maven processes share ~/.m2: file locks keep them from writing the same artifact at once.
mvn=(./mvnw -B -ntp -Daether.syncContext.named.factory=file-lock -Daether.syncContext.named.nameMapper=file-gav)

"${mvn[@]}" -Ppostgis package -DskipTests "$@"

"${mvn[@]}" -Ppostgis surefire:test@postgis failsafe:integration-test failsafe:verify "$@" \
  > target/test-postgis.log 2>&1 &
pids+=($!)
postgis=$!

h2_status=0
"${mvn[@]}" surefire:test@default-test "$@" || h2_status=$?

echo "=== H2GIS run ended (exit $h2_status); waiting for the PostGIS run and the *IT tests (target/test-postgis.log)"
postgis_status=0
wait "$postgis" || postgis_status=$?
pids=()
cat target/test-postgis.log
echo "=== H2GIS run: exit $h2_status; PostGIS run and *IT tests: exit $postgis_status"
[ "$h2_status" -eq 0 ] && [ "$postgis_status" -eq 0 ]
