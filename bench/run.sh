#!/usr/bin/env bash
# The benchmark of issue 14: generates a database (10,000 requests; and 1,000,000 with --million), starts the
# portal on it with the fortunes route on, signs in as a clerk, a requester, an approver and a system admin, and
# runs wrk at 32 connections for 15 s (after a 5 s warm-up) against each page; prints a table and writes
# bench/RESULTS.md. Needs java 17, maven, wrk and python3. Usage: bench/run.sh [--million] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=(10000); BUILD=1
for a in "$@"; do
  case "$a" in --million) SIZES=(10000 1000000) ;; --only-million) SIZES=(1000000) ;; --no-build) BUILD=0 ;;
  *) echo "usage: bench/run.sh [--million|--only-million] [--no-build]"; exit 2 ;; esac
done
PORT=${LIAISON_PORT:-7116}
DATA=${BENCH_DATA:-bench/data}
SECONDS_RUN=${BENCH_SECONDS:-15}
CONNECTIONS=${BENCH_CONNECTIONS:-32}
HEAP=${BENCH_HEAP:--Xmx256m}
PASSWORD=liaison-demo-2026
KEY=JBSWY3DPEHPK3PXP
if [ "$BUILD" = 1 ]; then mvn -B -q -o package -DskipTests || mvn -B -q package -DskipTests; fi
TARGETS=(anonymous-fortunes anonymous-login clerk-home requester-home approver-home sysadmin-home clerk-queue
  clerk-queue-deep clerk-detail clerk-search-a-number clerk-search-text clerk-subject clerk-report requester-report
  sysadmin-report sysadmin-export)
RESULTS=$(mktemp)
for SIZE in "${SIZES[@]}"; do
  DIR="$DATA/$SIZE"
  mkdir -p "$DIR"
  if [ ! -f "$DIR/generated.txt" ]; then
    echo "== generating $SIZE requests into $DIR"
    LIAISON_DATA_DIR="$DIR" java $HEAP -jar target/liaison.jar generate --requests "$SIZE" | tee "$DIR/generated.tmp"
    mv "$DIR/generated.tmp" "$DIR/generated.txt"
  fi
  account() { grep -E "^  $1 " "$DIR/generated.txt" | awk '{print $2}'; }
  echo "== starting the portal on $SIZE requests (port $PORT)"
  LIAISON_DATA_DIR="$DIR" LIAISON_PORT=$PORT LIAISON_BENCH_FORTUNES=true LIAISON_LOG_LEVEL=warn \
    java $HEAP ${BENCH_JAVA_OPTS:-} -jar target/liaison.jar > "$DIR/portal.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null || true' EXIT
  STARTED=$(date +%s.%N)
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 $PID 2>/dev/null || { cat "$DIR/portal.log"; exit 1; }; sleep 0.2
  done
  READY=$(echo "$(date +%s.%N) - $STARTED" | bc)
  echo "ready in ${READY}s"
  python3 bench/prepare.py "http://127.0.0.1:$PORT" "$DIR/wrk" "$PASSWORD" "$KEY" clerk="$(account clerk)" \
    requester="$(account requester)" approver="$(account approver)" sysadmin="$(account sysadmin)"
  for T in "${TARGETS[@]}"; do
    ROLE=${T%%-*}
    export BENCH_PATHS_FILE="$DIR/wrk/$T.paths" BENCH_COOKIE_FILE="$DIR/wrk/$ROLE.cookie"
    FIRST=$(head -1 "$BENCH_PATHS_FILE")
    CODE=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $(cat "$BENCH_COOKIE_FILE")" "http://127.0.0.1:$PORT$FIRST")
    if [ "$CODE" != 200 ] && ! { [ "$CODE" = 302 ] && [ "${T#*search}" != "$T" ]; }; then echo "$SIZE $T skipped: $FIRST answered $CODE" | tee -a "$RESULTS"; continue; fi
    wrk -t2 -c$CONNECTIONS -d5s -s bench/session.lua "http://127.0.0.1:$PORT" > /dev/null 2>&1 || true
    LINE=$(wrk -t2 -c$CONNECTIONS -d${SECONDS_RUN}s --timeout 10s -s bench/session.lua "http://127.0.0.1:$PORT" \
      | grep '^RESULT' | cut -d' ' -f2-)
    echo "$SIZE $T $LINE" | tee -a "$RESULTS"
  done
  echo "$SIZE ready $READY" >> "$RESULTS"
  kill $PID; wait $PID 2>/dev/null || true
  trap - EXIT
done
python3 bench/table.py "$RESULTS" "$CONNECTIONS" "$SECONDS_RUN" "$HEAP" | tee bench/RESULTS.md
