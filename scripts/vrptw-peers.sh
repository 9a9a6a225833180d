#!/usr/bin/env bash
# Runs, in one run on this machine, the round engine, jsprit 1.8 and OR-Tools 9.15 (guided local search) on the
# same VRPTW instances (Solomon or Gehring–Homberger files) with the same time limit, one solver after the other,
# and prints per instance and solver the distance, vehicles, feasibility (one independent checker for all three)
# and gap to the best-known distance, then the mean gap per solver. jsprit and OR-Tools are test-scope dependencies.
#   usage: scripts/vrptw-peers.sh <seconds> <instance-file>...
#   e.g.   scripts/vrptw-peers.sh 30 ../shared/geodata/solomon/{C101,C201,R101,R201,RC101,RC201}.txt
set -euo pipefail
if [ $# -lt 2 ]; then
  echo "usage: $0 <seconds> <instance-file>..." >&2
  exit 2
fi
project="$(cd "$(dirname "$0")/.." && pwd)"
seconds="$1"
shift
files=()
for f in "$@"; do
  files+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")")
done
classpath_file="$project/target/peers.classpath"
runner="$project/target/test-classes/fr/allervers/bench/VrptwPeers.class"
if [ ! -f "$classpath_file" ] || [ ! -f "$runner" ] \
    || [ -n "$(find "$project/src" "$project/pom.xml" -newer "$classpath_file" -print -quit)" ]; then
  (cd "$project" && ./mvnw -B -q -DskipTests test-compile dependency:build-classpath \
      -Dmdep.outputFile=target/peers.classpath -Dmdep.includeScope=test) >&2
  touch "$classpath_file"
fi
exec java -Xmx1g -cp "$project/target/test-classes:$project/target/classes:$(cat "$classpath_file")" \
  fr.allervers.bench.VrptwPeers "$seconds" "${files[@]}"
