#!/usr/bin/env bash
# Benchmark of start-up (not a test): the packaged jar (mvn package first) started as a service, timed from launch to
# /actuator/health/readiness UP, a first start (empty database: migrations, demo loading) then a second start on the
# same database, on the embedded default (H2GIS in a temporary directory) and on a throw-away PostGIS. Prints wall
# seconds and the JVM's CPU seconds at that moment (the wall time is noisy on a shared machine, the CPU time less).
# Usage: scripts/bench-startup.sh [h2|postgres|all] [--cds]
#   --cds  first records a class-data sharing archive (one training start, stopped once its context is refreshed),
#          then starts every run with it: the launch option docs/operations.md describes.
# Extra JVM options for every run: BENCH_JAVA_OPTS (e.g. "-XX:TieredStopAtLevel=1").
set -euo pipefail
cd "$(dirname "$0")/.."
which=${1:-all}
cds=false
[ "${2:-}" = "--cds" ] && cds=true

jar=$(ls target/aller-vers-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  echo "no packaged jar in target/: run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi
jar=$(realpath "$jar")
work=$(mktemp -d /tmp/allervers-bench-startup.XXXXXX)
clock_ticks=$(getconf CLK_TCK)

cleanup() {
  if [ -n "${server_pid:-}" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  if declare -f stop_throwaway_postgis >/dev/null; then
    stop_throwaway_postgis
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=lib/free-port.sh
source scripts/lib/free-port.sh


launch_jar=$jar
java_opts=()
# shellcheck disable=SC2206
[ -n "${BENCH_JAVA_OPTS:-}" ] && java_opts=(${BENCH_JAVA_OPTS})

if $cds; then
  # The archive needs the classes on a plain class path of unchanged jars: the extracted layout of the jar.
  java -Djarmode=tools -jar "$jar" extract --destination "$work/extracted" >/dev/null
  launch_jar=$(ls "$work"/extracted/*.jar | head -1)
  echo "Recording the class-data sharing archive (a training start on the embedded database)…"
  (cd "$work" && mkdir -p training && cd training && java -XX:ArchiveClassesAtExit="$work/app.jsa" \
    -Dspring.context.exit=onRefresh -jar "$launch_jar" --server.port=0 >"$work/training.log" 2>&1) || true
  [ -f "$work/app.jsa" ] || { echo "no archive recorded, see the training log:" >&2; tail -20 "$work/training.log" >&2; exit 1; }
  java_opts+=("-XX:SharedArchiveFile=$work/app.jsa")
fi

# Starts the jar in directory $1 with the arguments after it, prints "<wall s> <cpu s>" once ready, then stops it.
time_to_ready() {
  local dir=$1
  shift
  local port
  port=$(free_port 18080 18180)
  mkdir -p "$dir"
  local start
  start=$(date +%s.%N)
  (cd "$dir" && exec java "${java_opts[@]}" -jar "$launch_jar" --server.port="$port" --server.address=127.0.0.1 "$@" \
    >>"$dir/server.log" 2>&1) &
  server_pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$server_pid" 2>/dev/null; then
      echo "the service stopped while starting, see $dir/server.log:" >&2
      tail -30 "$dir/server.log" >&2
      exit 1
    fi
    sleep 0.1
  done
  local ready
  ready=$(date +%s.%N)
  # utime and stime of the JVM (the subshell exec'd it), fields 14 and 15 of /proc/<pid>/stat.
  local cpu_ticks
  cpu_ticks=$(awk '{print $14 + $15}' "/proc/$server_pid/stat")
  kill "$server_pid"
  wait "$server_pid" 2>/dev/null || true
  server_pid=
  awk -v s="$start" -v r="$ready" -v t="$cpu_ticks" -v hz="$clock_ticks" \
    'BEGIN { printf "%.1f s wall, %.1f s CPU\n", r - s, t / hz }'
}

echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); java $(java -version 2>&1 | head -1)"
echo "JVM options: ${java_opts[*]:-(none)}"
if [ "$which" = "h2" ] || [ "$which" = "all" ]; then
  echo "Embedded H2GIS, first start (empty database, demo loaded): $(time_to_ready "$work/h2")"
  echo "Embedded H2GIS, second start:                              $(time_to_ready "$work/h2")"
fi
if [ "$which" = "postgres" ] || [ "$which" = "all" ]; then
  # shellcheck source=lib/throwaway-postgis.sh
  source scripts/lib/throwaway-postgis.sh
  start_throwaway_postgis >/dev/null
  echo "PostgreSQL, first start (empty database, no demo):         $(time_to_ready "$work/pg" --spring.profiles.active=postgres)"
  echo "PostgreSQL, second start:                                  $(time_to_ready "$work/pg" --spring.profiles.active=postgres)"
fi
