#!/usr/bin/env bash
# The benchmark of issue 14: generates a database (10,000 requests; and 1,000,000 with --million), starts the
# portal on it with the fortunes route on, signs in as a clerk, a requester, an approver and a system admin, and
# runs wrk at 32 connections for 15 s (after a 5 s warm-up) against each page, all pages warmed first (below),
# then the mixed scenario (reads with filings and answers, bench/mixed.lua), then downloads a CSV export of about
# 100,000 rows under the same heap.
# Prints a table and writes bench/RESULTS.md. Needs java 17, maven, wrk, curl and python3.
# Usage: bench/run.sh [--million|--only-million] [--no-build]
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
  clerk-queue-deep clerk-detail clerk-search-a-number clerk-search-text clerk-search-name clerk-subject clerk-report requester-report
  sysadmin-report sysadmin-report-csv sysadmin-export)
# BENCH_PAGES="anonymous-fortunes clerk-home" measures only those pages (the mixed scenario and the export still run)
[ -n "${BENCH_PAGES:-}" ] && read -r -a TARGETS <<< "$BENCH_PAGES"
RESULTS=$(mktemp)
# the most heap in use before any collection, in MB, from a -Xlog:gc file
peak_heap() { grep -o '[0-9]*M->' "$1" | sed 's/M->//' | sort -n | tail -1; }
for SIZE in "${SIZES[@]}"; do
  DIR="$DATA/$SIZE"
  mkdir -p "$DIR"
  if [ ! -f "$DIR/generated.txt" ]; then
    echo "== generating $SIZE requests into $DIR"
    STARTED=$(date +%s.%N)
    LIAISON_DATA_DIR="$DIR" java $HEAP -Xlog:gc:file="$DIR/generate-gc.log" -jar target/liaison.jar generate \
      --requests "$SIZE" 2>&1 | tee "$DIR/generated.tmp" || true # a failure is recorded below, then stops the run
    TOOK=$(echo "$(date +%s.%N) - $STARTED" | bc)
    # kept with the data: a later run reuses the database, and reports how it was made
    echo "$SIZE generate seconds=$TOOK own_seconds=$(sed -n 's/^Generated .* in \([0-9.]*\) s .*/\1/p' \
      "$DIR/generated.tmp") peak_heap_mb=$(peak_heap "$DIR/generate-gc.log") heap=$HEAP" \
      "oom=$(grep -c OutOfMemoryError "$DIR/generated.tmp" || true)" > "$DIR/generated.record"
    grep -q '^Generated ' "$DIR/generated.tmp" || { echo "generation failed"; exit 1; }
    mv "$DIR/generated.tmp" "$DIR/generated.txt"
  fi
  [ -f "$DIR/generated.record" ] && cat "$DIR/generated.record" >> "$RESULTS"
  account() { grep -E "^  $1 " "$DIR/generated.txt" | awk '{print $2}'; }
  echo "== starting the portal on $SIZE requests (port $PORT)"
  LIAISON_DATA_DIR="$DIR" LIAISON_PORT=$PORT LIAISON_BENCH_FORTUNES=true LIAISON_LOG_LEVEL=warn \
    java $HEAP -Xlog:gc:file="$DIR/portal-gc.log" ${BENCH_JAVA_OPTS:-} -jar target/liaison.jar > "$DIR/portal.log" 2>&1 &
  PID=$!
  trap 'kill $PID 2>/dev/null || true' EXIT
  STARTED=$(date +%s.%N)
  until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
    kill -0 $PID 2>/dev/null || { cat "$DIR/portal.log"; exit 1; }; sleep 0.2
  done
  READY=$(echo "$(date +%s.%N) - $STARTED" | bc)
  echo "ready in ${READY}s"
  BENCH_CLERK_AGENCY="$(grep -E "^  clerk " "$DIR/generated.txt" | sed -n 's/.*(\(.*\))$/\1/p')" \
  python3 bench/prepare.py "http://127.0.0.1:$PORT" "$DIR/wrk" "$PASSWORD" "$KEY" clerk="$(account clerk)" \
    requester="$(account requester)" approver="$(account approver)" sysadmin="$(account sysadmin)"
  # a first pass over every page before any is measured: the JIT compiles what the pages share (Thymeleaf, JDBI, the
  # driver) over minutes of load, and a page measured early was measured half interpreted (the clerk's home at 1M:
  # 3.4 ms of portal CPU per view after 1 min of load, 1.7 ms after 3 min)
  for T in "${TARGETS[@]}"; do
    export BENCH_PATHS_FILE="$DIR/wrk/$T.paths" BENCH_COOKIE_FILE="$DIR/wrk/${T%%-*}.cookie"
    wrk -t2 -c$CONNECTIONS -d${BENCH_WARMUP:-10}s -s bench/session.lua "http://127.0.0.1:$PORT" > /dev/null 2>&1 || true
  done
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
  # the mixed scenario: one thread per connection, each a person (bench/mixed.lua)
  export BENCH_WRK_DIR="$DIR/wrk"
  wrk -t$CONNECTIONS -c$CONNECTIONS -d5s -s bench/mixed.lua "http://127.0.0.1:$PORT" > /dev/null 2>&1 || true
  MIXED=$(wrk -t$CONNECTIONS -c$CONNECTIONS -d${SECONDS_RUN}s --timeout 10s -s bench/mixed.lua \
    "http://127.0.0.1:$PORT" || true)
  LINE=$(echo "$MIXED" | grep '^RESULT' | cut -d' ' -f2-)
  echo "$SIZE mixed ${LINE:-skipped: wrk gave no result}" | tee -a "$RESULTS"
  echo "$SIZE writes $(echo "$MIXED" | grep '^WRITES' | cut -d' ' -f2-)" | tee -a "$RESULTS"
  if ! echo "$MIXED" | grep -Eq '^WRITES .* filed=[1-9][0-9]* .* answered=[1-9]'; then
    echo "!! mixed: filings or answers did not go through (see the writes line above)" >&2
  fi
  # a CSV export of about 100,000 rows under the same heap: the audit log's, over as many days as hold them
  EXPORT_ROWS=${BENCH_EXPORT_ROWS:-100000}
  SYSADMIN_COOKIE=$(cat "$DIR/wrk/sysadmin.cookie")
  export_csv() { # from to: prints "status seconds" and leaves the file in $DIR/export.csv
    curl -s --max-time 900 -H "Cookie: $SYSADMIN_COOKIE" -o "$DIR/export.csv" -w '%{http_code} %{time_total}\n' \
      "http://127.0.0.1:$PORT/system/audit.csv?from=$1&to=$2"
  }
  csv_rows() { python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=""))) - 1)' "$1"; }
  # one day in the middle of the generated two years tells the rows a day, then the window is widened to match
  MIDDLE=$(date -u -d '365 days ago' +%F)
  export_csv "$MIDDLE" "$MIDDLE" > /dev/null
  PER_DAY=$(csv_rows "$DIR/export.csv")
  DAYS=$(( (EXPORT_ROWS * 105 / 100 + (PER_DAY > 0 ? PER_DAY : 1) - 1) / (PER_DAY > 0 ? PER_DAY : 1) ))
  if [ "$DAYS" -gt 800 ]; then FROM=2000-01-01; TO=$(date -u +%F); else
    FROM=$(date -u -d "$MIDDLE - $((DAYS / 2)) days" +%F); TO=$(date -u -d "$FROM + $((DAYS - 1)) days" +%F); fi
  read -r STATUS TOOK < <(export_csv "$FROM" "$TO")
  echo "$SIZE export rows=$(csv_rows "$DIR/export.csv") seconds=$TOOK status=$STATUS" \
    "bytes=$(stat -c %s "$DIR/export.csv") path=/system/audit.csv?from=$FROM&to=$TO" | tee -a "$RESULTS"
  rm -f "$DIR/export.csv"
  echo "$SIZE ready $READY" >> "$RESULTS"
  kill $PID; wait $PID 2>/dev/null || true
  trap - EXIT
  echo "$SIZE portal peak_heap_mb=$(peak_heap "$DIR/portal-gc.log") heap=$HEAP" \
    "oom=$(grep -c OutOfMemoryError "$DIR/portal.log" || true)" | tee -a "$RESULTS"
done
python3 bench/table.py "$RESULTS" "$CONNECTIONS" "$SECONDS_RUN" "$HEAP" | tee bench/RESULTS.md
