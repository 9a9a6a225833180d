#!/usr/bin/env bash
# Rewrites geodata/demo/communes.geojson and geodata/demo/qpv.geojson from the real files of department 69 in
# shared/geodata (the five Portes du Sud communes and the QPV 2024 they host), simplified; see geodata/demo/README.md.
# Needs the JTS jars of the build in ~/.m2 (run ./mvnw -o compile once). Usage:
#   scripts/demo-geodata.sh [shared/geodata] [commune tolerance, m] [QPV tolerance, m]
set -euo pipefail
cd "$(dirname "$0")/.."

shared=${1:-../shared/geodata}
repo=${MAVEN_REPO:-$HOME/.m2/repository}
jts=$(sed -n 's:.*<jts.version>\(.*\)</jts.version>.*:\1:p' pom.xml)
classpath="$repo/org/locationtech/jts/jts-core/$jts/jts-core-$jts.jar"
classpath+=":$repo/org/locationtech/jts/io/jts-io-common/$jts/jts-io-common-$jts.jar"
classpath+=":$repo/com/googlecode/json-simple/json-simple/1.1.1/json-simple-1.1.1.jar"

java -cp "$classpath" scripts/demo-geodata/SimplifyDemoGeodata.java "$shared" geodata/demo "${2:-60}" "${3:-20}"
