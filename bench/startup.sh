#!/usr/bin/env bash
# Start-up time (launch until /actuator/health/readiness answers UP) and resident memory right after, for this
# application and for a bare Camunda 7.24 webapp + REST starter, alternately, 5 starts each; prints the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
PORT=${PORT:-18080}

./mvnw -B -q -DskipTests package
./mvnw -B -q -DskipTests -f bench/bare-camunda/pom.xml package
OURS=$(ls target/association-workflows-*.jar | head -1)
BARE=bench/bare-camunda/target/bare-camunda-1.jar

measure() { # $1 = label, $2.. = command
  local label=$1; shift
  local data; data=$(mktemp -d)
  local start; start=$(date +%s%N)
  (cd "$data" && BENCH_DATA="$data" exec "$@" --server.port=$PORT > "$data/log" 2>&1) &
  local pid=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "$label failed to start:" >&2; tail -20 "$data/log" >&2; exit 1; }
  done
  local end; end=$(date +%s%N)
  local java_pid; java_pid=$(pgrep -f -- "--server.port=$PORT" | head -1)
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/"$java_pid"/status)
  kill "$java_pid"; wait $pid 2>/dev/null || true
  rm -rf "$data"
  echo "$label $(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

JAVA="java -Duser.timezone=Asia/Riyadh"
results=$(for i in $(seq 1 "$RUNS"); do
  measure ours $JAVA -jar "$PWD/$OURS" --spring.profiles.active=demo
  measure bare $JAVA -jar "$PWD/$BARE"
done)
echo "$results"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for label in ours bare; do
  ms=$(echo "$results" | awk -v l=$label '$1==l {print $2}' | median)
  mb=$(echo "$results" | awk -v l=$label '$1==l {print $3}' | median)
  echo "$label: median ready after ${ms} ms, median RSS ${mb} MiB"
  eval "${label}_ms=$ms ${label}_mb=$mb"
done
awk -v a="$ours_ms" -v b="$bare_ms" -v c="$ours_mb" -v d="$bare_mb" \
  'BEGIN {printf "ratio ours/bare: time %.2f, memory %.2f (aim <= 1.25)\n", a/b, c/d}'
