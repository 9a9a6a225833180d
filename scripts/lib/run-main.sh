#!/usr/bin/env bash
# Runs a main class of the project (main or test code) with the full test classpath, compiling first.
# Usage: scripts/lib/run-main.sh [-Xmx1g ...JVM options --] <class> [args...]
set -euo pipefail
cd "$(dirname "$0")/../.."

jvm_opts=()
if [[ " $* " == *" -- "* ]]; then
  while [ "$1" != "--" ]; do jvm_opts+=("$1"); shift; done
  shift
fi

./mvnw -B -q -ntp test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile=target/bench-classpath.txt >&2
exec java "${jvm_opts[@]}" -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" "$@"
