#!/usr/bin/env bash
# Where a page's time goes: starts the portal on a database bench/run.sh generated (with JFR recording from the
# start, `default` settings: starting it later deoptimises the compiled code, and `profile` settings cost the
# clerk's home nine tenths of its throughput), warms every page named, then loads each alone with wrk and reports
# the portal's and the database server's CPU per request (read from /proc) and the portal's hottest code in that
# window (bench/hot.py over JFR's execution samples). Writes bench/PROFILES.md.
# Usage: bench/profile.sh [SIZE] [PAGE...]   (defaults: 1000000, the pages with targets that are not met)
set -euo pipefail
cd "$(dirname "$0")/.."
SIZE=${1:-1000000}; shift || true
PAGES=("$@")
[ ${#PAGES[@]} -gt 0 ] || PAGES=(clerk-home approver-home clerk-queue clerk-detail clerk-search-text
  clerk-search-name clerk-report sysadmin-report)
PORT=${LIAISON_PORT:-7116}
DIR=${BENCH_DATA:-bench/data}/$SIZE
SECONDS_RUN=${BENCH_SECONDS:-30}
WARM=${BENCH_WARMUP:-60}
[ -f "$DIR/generated.txt" ] && [ -d "$DIR/wrk" ] || { echo "run bench/run.sh first: no database and pages in $DIR"; exit 1; }
[ -f target/liaison.jar ] || mvn -B -q package -DskipTests
JFR="$(cd "$DIR" && pwd)/profile.jfr" # absolute: the portal writes it
LIAISON_DATA_DIR="$DIR" LIAISON_PORT=$PORT LIAISON_BENCH_FORTUNES=true LIAISON_LOG_LEVEL=warn \
  java ${BENCH_HEAP:--Xmx256m} -XX:StartFlightRecording=name=bench,settings=default,disk=true,maxage=1h \
  -jar target/liaison.jar > "$DIR/profile-portal.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT
until curl -fs -o /dev/null "http://127.0.0.1:$PORT/login"; do
  kill -0 $PID 2>/dev/null || { cat "$DIR/profile-portal.log"; exit 1; }; sleep 0.2
done
DB=$(pgrep -f "mariadbd.*--datadir=$(cd "$DIR" && pwd)" | head -1)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system, in clock ticks
HZ=$(getconf CLK_TCK)
run() { # page seconds: wrk's RESULT line
  export BENCH_PATHS_FILE="$DIR/wrk/$1.paths" BENCH_COOKIE_FILE="$DIR/wrk/${1%%-*}.cookie"
  wrk -t2 -c32 -d"$2"s --timeout 10s -s bench/session.lua "http://127.0.0.1:$PORT" | grep '^RESULT' || true
}
# sessions expire after 30 minutes idle: sign in again
BENCH_CLERK_AGENCY="$(grep -E "^  clerk " "$DIR/generated.txt" | sed -n 's/.*(\(.*\))$/\1/p')" \
  python3 bench/prepare.py "http://127.0.0.1:$PORT" "$DIR/wrk" liaison-demo-2026 JBSWY3DPEHPK3PXP \
  $(for r in clerk requester approver sysadmin; do echo "$r=$(grep -E "^  $r " "$DIR/generated.txt" | awk '{print $2}')"; done) > /dev/null
for P in "${PAGES[@]}"; do run "$P" "$WARM" > /dev/null; done
OUT=bench/PROFILES.md
{
  echo "# Where the time goes"
  echo
  echo "Made by \`bench/profile.sh\` at $(git rev-parse --short HEAD) on the $(python3 -c "print(f'{$SIZE:,}')")-request database"
  echo "($(nproc) CPUs; wrk at 32 connections for ${SECONDS_RUN} s a page after ${WARM} s of warm-up each; portal \`${BENCH_HEAP:--Xmx256m}\`"
  echo "with JFR's \`default\` settings). CPU per request is the portal's and the database server's own, from /proc."
} > "$OUT"
for P in "${PAGES[@]}"; do
  FROM=$(date -u +%H:%M:%S); J0=$(ticks $PID); D0=$(ticks "$DB")
  LINE=$(run "$P" "$SECONDS_RUN")
  J1=$(ticks $PID); D1=$(ticks "$DB"); TO=$(date -u +%H:%M:%S)
  N=$(echo "$LINE" | awk '{print $7}')
  jcmd $PID JFR.dump name=bench filename="$JFR" > /dev/null
  {
    echo; echo "## $P"; echo
    echo "$LINE" | awk -v j=$((J1 - J0)) -v d=$((D1 - D0)) -v hz="$HZ" '{n = $7 > 0 ? $7 : 1;
      printf "%s req/s, p99 %s ms; CPU per request: portal %.2f ms, database %.2f ms.\n\n", $2, $5,
      j * 1000 / hz / n, d * 1000 / hz / n}'
    jfr print --events jdk.ExecutionSample --stack-depth 64 "$JFR" | python3 bench/hot.py "$FROM" "$TO"
  } >> "$OUT"
  echo "$P: $LINE (requests ${N:-?})"
done
kill $PID; wait $PID 2>/dev/null || true
trap - EXIT
rm -f "$JFR"
echo "wrote $OUT"
