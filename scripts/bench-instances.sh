#!/usr/bin/env bash
# Benchmark of shared plan solving (not a test): BENCH_PLANS permanence plans of the demo size (the demo territory,
# two weeks, BENCH_SECONDS of solving each) submitted at once to one instance of the packaged jar, then the same to
# two instances on one database, each on a throw-away PostGIS (database created per run, demo loaded by the first
# instance). Prints the time from the first submission until every plan is DONE, how many times each plan was solved
# (the "Solving permanence plan" lines of the instances' logs: 1 each, none taken twice) and whether any was lost.
# Usage: scripts/bench-instances.sh        (mvn package first)
# Settings: BENCH_PLANS (20), BENCH_SECONDS (10), BENCH_THREADS (allervers.solving.threads per instance, 1).
set -euo pipefail
cd "$(dirname "$0")/.."
plans=${BENCH_PLANS:-20}
seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-1}
user=coordination
password=demo

jar=$(ls target/aller-vers-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ]; then
  echo "no packaged jar in target/: run ./mvnw -B package -DskipTests first" >&2
  exit 1
fi
jar=$(realpath "$jar")
work=$(mktemp -d /tmp/allervers-bench-instances.XXXXXX)
server_pids=()

stop_servers() {
  for pid in "${server_pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${server_pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  server_pids=()
}

cleanup() {
  stop_servers
  if declare -f stop_throwaway_postgis >/dev/null; then
    stop_throwaway_postgis
  fi
  rm -rf "$work"
}
trap cleanup EXIT
# shellcheck source=lib/free-port.sh
source scripts/lib/free-port.sh


# Starts an instance on database $1, logging to $2; sets started_port once it is ready.
start_instance() {
  local database=$1 log=$2 port
  port=$(free_port 18181 18281)
  ALLERVERS_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$database" ALLERVERS_DB_USER=allervers ALLERVERS_DB_PASSWORD= \
    java -jar "$jar" --spring.profiles.active=postgres --allervers.demo.enabled=true --server.port="$port" \
    --server.address=127.0.0.1 --allervers.solving.threads="$threads" \
    --allervers.permanence.max-seconds-limit=600 >"$log" 2>&1 &
  server_pids+=($!)
  local pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "the service stopped while starting, see $log:" >&2
      tail -30 "$log" >&2
      exit 1
    fi
    sleep 0.5
  done
  started_port=$port
}

api() {
  curl -fsS -u "$user:$password" -H 'Content-Type: application/json' "$@"
}

# Runs the benchmark with $1 instances; prints one result line.
run() {
  local count=$1 database="bench_$1_$RANDOM" ports=() logs=()
  _as_db_owner "$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U allervers "$database"
  _as_db_owner "$PG_BIN/psql" -q -h 127.0.0.1 -p "$PG_PORT" -U allervers -d "$database" \
    -c "CREATE EXTENSION IF NOT EXISTS postgis" >/dev/null
  for i in $(seq 1 "$count"); do
    logs+=("$work/$database-$i.log")
    # One after the other: the first loads the demo, the next find it there.
    start_instance "$database" "$work/$database-$i.log"
    ports+=("$started_port")
  done
  local base="http://127.0.0.1:${ports[0]}"
  local territory
  territory=$(api "$base/api/territories" | python3 -c 'import json,sys; print(next(t["id"] for t in json.load(sys.stdin) if t["demo"]))')
  local ids=() start end
  start=$(date +%s.%N)
  for i in $(seq 1 "$plans"); do
    ids+=("$(api -X POST "$base/api/permanence-plans" \
      -d "{\"territoryId\":$territory,\"from\":\"2026-03-02\",\"to\":\"2026-03-13\",\"secondsLimit\":$seconds}" \
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')")
  done
  local left=$plans statuses
  while [ "$left" -gt 0 ]; do
    sleep 1
    statuses=$(for id in "${ids[@]}"; do
      api "$base/api/permanence-plans/$id" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'
    done)
    left=$(grep -c SOLVING <<<"$statuses" || true)
  done
  end=$(date +%s.%N)
  local done_count solved_once solved_twice lost
  done_count=$(grep -c DONE <<<"$statuses" || true)
  # Each solve start writes one line "Solving permanence plan <id>" in the log of the instance running it.
  local counts
  counts=$(for id in "${ids[@]}"; do cat "${logs[@]}" | grep -c "Solving permanence plan $id " || true; done)
  solved_once=$(grep -cx 1 <<<"$counts" || true)
  solved_twice=$(grep -cvx 1 <<<"$counts" || true)
  lost=$((plans - done_count))
  local per_instance=()
  for log in "${logs[@]}"; do
    per_instance+=("$(grep -c "Solving permanence plan" "$log" || true)")
  done
  awk -v s="$start" -v e="$end" -v n="$count" -v p="$plans" -v d="$done_count" -v o="$solved_once" -v t="$solved_twice" \
    -v l="$lost" -v per="${per_instance[*]}" \
    'BEGIN { printf "%d instance(s): %d plans DONE in %.1f s; solved once: %d, other than once: %d; lost: %d; solves per instance: %s\n", n, d, e - s, o, t, l, per }'
  stop_servers
}

# shellcheck source=lib/throwaway-postgis.sh
source scripts/lib/throwaway-postgis.sh
start_throwaway_postgis >/dev/null
echo "Machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg); $plans plans × $seconds s, $threads thread(s) per instance"
run 1
run 2
