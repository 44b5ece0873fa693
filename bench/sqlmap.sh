#!/usr/bin/env bash
# Injection test (issue 15): sqlmap against every form and query parameter a signed-in person reaches.
# Starts the packaged portal on a throw-away data folder with the demo data, signs in each role with the demo
# password and authenticator key (oathtool), and lets sqlmap crawl from home and test every form and query
# (--crawl --forms) with that session. Prints, per role, what sqlmap found injectable (nothing, when all is well);
# the last run's summary is kept in bench/SQLMAP.md.
#   Needs: java 17, maven, sqlmap, oathtool, curl (Debian: apt-get install sqlmap oathtool curl).
#   Usage: bench/sqlmap.sh [level]   (sqlmap's --level, 1 by default; 2 adds cookies and more payloads)
set -euo pipefail
cd "$(dirname "$0")/.."
LEVEL="${1:-1}"
PORT="${LIAISON_PORT:-7190}"
BASE="http://127.0.0.1:$PORT"
WORK="$(mktemp -d "$PWD/target/sqlmap.XXXXXX")"
[ -f target/liaison.jar ] || mvn -q -B -DskipTests package
LIAISON_PORT="$PORT" LIAISON_DATA_DIR="$WORK/data" java -jar target/liaison.jar > "$WORK/portal.log" 2>&1 &
PORTAL=$!
trap 'kill $PORTAL 2>/dev/null; wait $PORTAL 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "$BASE/login" >/dev/null && break; sleep 1; done

token() { grep -o 'name="pac4jCsrfToken" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }

# signs in $1 into the cookie jar $2 (password, then the authenticator code)
sign_in() {
  local jar="$2"
  local t
  t=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$1" \
    --data-urlencode "password=liaison-demo-2026" --data-urlencode "pac4jCsrfToken=$t" \
    "$BASE/callback?client_name=FormClient"
  t=$(curl -s -c "$jar" -b "$jar" "$BASE/login/code" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "code=$(oathtool --totp -b JBSWY3DPEHPK3PXP)" \
    --data-urlencode "pac4jCsrfToken=$t" "$BASE/login/code"
  curl -s -b "$jar" "$BASE/profile" > "$jar.profile"; grep -q "Sign out" "$jar.profile" || { echo "sign-in as $1 failed" >&2; exit 1; }
}

SUMMARY="$WORK/summary.md"
: > "$SUMMARY"
for who in requester@ero-ny.example approver@ero-ny.example clerk@nyc-doc.example admin@nyc-doc.example \
           sysadmin@liaison.example; do
  jar="$WORK/$who.cookies"
  sign_in "$who" "$jar"
  cookie=$(awk '$6=="LIAISON_SESSION"{print "LIAISON_SESSION="$7}' "$jar")
  out="$WORK/$who"
  # the session's CSRF token is the same on every form: sqlmap reads it from the profile page (--csrf-url)
  sqlmap -u "$BASE/" --cookie="$cookie" --crawl=3 --crawl-exclude='logout|/static/|\.pdf|\.csv' --forms \
    --csrf-token=pac4jCsrfToken --csrf-url="$BASE/profile" --batch --level="$LEVEL" --risk=1 \
    --output-dir="$out" --disable-coloring > "$out.log" 2>&1 || true
  params=$(grep -c "testing if .* parameter '.*' is dynamic" "$out.log" || true)
  payloads=$(grep -c "\[INFO\] testing '" "$out.log" || true)
  found=$(grep -E "identified the following injection point|parameter '.*' is vulnerable|appears to be '.*' injectable" \
    "$out.log" || true)
  echo "- **$who**: $params parameters of $(grep -o "found a total of [0-9]* targets" "$out.log" | grep -o "[0-9]*" || echo 0) forms and queries," \
    "$payloads injection techniques tried: ${found:+INJECTABLE: $found}${found:-nothing injectable}" >> "$SUMMARY"
done
cat "$SUMMARY"
echo "(logs in $WORK)"
# a run that tested nothing proves nothing
grep -q ": 0 parameters" "$SUMMARY" && { echo "sqlmap tested no parameter for someone: see the logs"; exit 1; }
grep -q INJECTABLE "$SUMMARY" && exit 1 || exit 0
