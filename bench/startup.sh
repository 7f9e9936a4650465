#!/usr/bin/env bash
# Start-up time (launch until /actuator/health/readiness answers UP) and resident memory right after, for this
# application (profile demo, H2) and for a bare Camunda 7.24 webapp + REST starter (bench/bare-camunda), alternately,
# RUNS starts each (default 3); prints every start and the medians, and keeps the raw output in
# bench/results/<date>-startup.txt. Each pair is measured twice: a first start on an empty database (schema, migrations,
# seeding) and a restart on the database the first start left (what a rolling restart of a node costs).
# SKIP_BUILD=1 measures the jars already built; MVN_FLAGS (default -o, offline) goes to Maven.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
PORT=${PORT:-18080}
MVN_FLAGS=${MVN_FLAGS:--o}
OUT=bench/results/$(TZ=Asia/Riyadh date +%F)-startup.txt
mkdir -p bench/results

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw -B -q $MVN_FLAGS -DskipTests package
  ./mvnw -B -q $MVN_FLAGS -DskipTests -f bench/bare-camunda/pom.xml package
fi
OURS=$(ls target/association-workflows-*.jar | head -1)
BARE=bench/bare-camunda/target/bare-camunda-1.jar

ready() { curl -sf --max-time 2 "http://localhost:$PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; }

measure() { # $1 = label, $2 = data directory, $3.. = command
  local label=$1 data=$2; shift 2
  # Something else answering on the port would be timed instead of us.
  if curl -s --max-time 2 -o /dev/null "http://localhost:$PORT/"; then
    echo "port $PORT is in use: set PORT" >&2; exit 1
  fi
  local start; start=$(date +%s%N)
  (cd "$data" && BENCH_DATA="$data" exec "$@" --server.port="$PORT" >> "$data/log" 2>&1) &
  local pid=$!   # the subshell exec's java: this is the JVM's own pid
  until ready; do
    sleep 0.05
    kill -0 $pid 2>/dev/null || { echo "$label failed to start:" >&2; tail -20 "$data/log" >&2; exit 1; }
  done
  local end; end=$(date +%s%N)
  local rss; rss=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill $pid; wait $pid 2>/dev/null || true
  echo "$label $(( (end - start) / 1000000 )) $(( rss / 1024 ))"
}

JAVA="java -Duser.timezone=Asia/Riyadh"
{
  echo "# $(date -u +%FT%TZ), $(nproc) cores, $(java -version 2>&1 | head -1); ours $OURS, bare $BARE"
  echo "# label ms-to-ready rss-MiB"
  for i in $(seq 1 "$RUNS"); do
    for app in ours bare; do
      data=$(mktemp -d)
      if [ $app = ours ]; then cmd=($JAVA -jar "$PWD/$OURS" --spring.profiles.active=demo); else cmd=($JAVA -jar "$PWD/$BARE"); fi
      measure "$app-first" "$data" "${cmd[@]}"
      measure "$app-restart" "$data" "${cmd[@]}"
      rm -rf "$data"
    done
  done
} | tee "$OUT.raw"
results=$(grep -v '^#' "$OUT.raw")
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
{
  cat "$OUT.raw"
  for kind in first restart; do
    for app in ours bare; do
      ms=$(echo "$results" | awk -v l="$app-$kind" '$1==l {print $2}' | median)
      mb=$(echo "$results" | awk -v l="$app-$kind" '$1==l {print $3}' | median)
      echo "$app ($kind): median ready after ${ms} ms, median RSS ${mb} MiB"
      eval "${app}_ms=$ms ${app}_mb=$mb"
    done
    awk -v k="$kind" -v a="$ours_ms" -v b="$bare_ms" -v c="$ours_mb" -v d="$bare_mb" \
      'BEGIN {printf "ratio ours/bare (%s): time %.2f, memory %.2f (aim <= 1.25)\n", k, a/b, c/d}'
  done
} > "$OUT"
rm -f "$OUT.raw"
tail -6 "$OUT"
