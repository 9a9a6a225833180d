#!/usr/bin/env bash
# Downloads the official commune outlines (geo.api.gouv.fr) and QPV 2024 contours (data.gouv.fr) of one
# department, then imports them: through the running service if there is one, otherwise with the command line
# import into the embedded database. Needs internet (COMMUNES_URL and QPV_URL override the manifest). Usage: scripts/fetch-geodata.sh 69 [http://localhost:8080]
set -euo pipefail
cd "$(dirname "$0")/.."

dep=${1:?"usage: scripts/fetch-geodata.sh <department, e.g. 69> [service URL]"}
service=${2:-${ALLERVERS_URL:-http://localhost:8080}}
manifest=geodata/sources.yaml
downloads=${ALLERVERS_DOWNLOADS:-data/downloads}
mkdir -p "$downloads"

# The url/member of a section of the manifest (a flat, two-level YAML written for this script).
source_field() {
  awk -v section="$1:" -v field="  $2:" '$0 == section {inside=1; next} /^[^ #]/ {inside=0}
    inside && index($0, field) == 1 {sub(field " *", ""); print; exit}' "$manifest"
}

communes_url=${COMMUNES_URL:-$(source_field communes url)}
communes_url=${communes_url//\{dep\}/$dep}
qpv_url=${QPV_URL:-$(source_field qpv url)}
qpv_member=$(source_field qpv member)

echo "Downloading commune outlines of department $dep…"
curl -fsSL --retry 2 -o "$downloads/communes-$dep.geojson" "$communes_url"
echo "Downloading QPV 2024 contours (national file)…"
curl -fsSL --retry 2 -o "$downloads/qpv-2024.zip" "$qpv_url"
(cd "$downloads" && rm -f "$qpv_member" && jar xf qpv-2024.zip "$qpv_member")

import() { # kind file
  if curl -fsS -o /dev/null "$service/actuator/health" 2>/dev/null; then
    curl -fsS ${ALLERVERS_USER:+-u "$ALLERVERS_USER:${ALLERVERS_PASSWORD:-}"} \
      -F "file=@$2" -F "department=$dep" "$service/api/imports/$1"
    echo
  else
    jar_file=$(ls target/aller-vers-*.jar 2>/dev/null | head -n 1 || true)
    if [ -z "$jar_file" ]; then
      ./mvnw -B -q -DskipTests package
      jar_file=$(ls target/aller-vers-*.jar | head -n 1)
    fi
    java -XX:+ExitOnOutOfMemoryError -XX:TieredStopAtLevel=1 -jar "$jar_file" import "$1" "$2" --department="$dep"
  fi
}

import communes "$downloads/communes-$dep.geojson"
import qpv "$downloads/$qpv_member"
