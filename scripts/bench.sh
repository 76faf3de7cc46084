#!/usr/bin/env bash
# Benchmarks of Maillage on this machine. Prints requests per second, latency percentiles and the server's
# memory. Usage: scripts/bench.sh BUILD_DIR
set -euo pipefail
BUILD=${1:-build}
cd "$(dirname "$0")/.."
BIN="$PWD/$BUILD/maillage"
T=$(mktemp -d /tmp/maillage-bench.XXXXXX)
SERVER_PID=""
cleanup() { [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$T"; }
trap cleanup EXIT

DB="sqlite://$T/bench.db"
"$BIN" migrate --db "$DB" >/dev/null
"$BIN" seed-demo --db "$DB" >/dev/null
"$BIN" serve --db "$DB" --host 127.0.0.1 --port 0 --threads 2 --quiet --no-jobs --mail-dir "$T/mail" >"$T/out" 2>&1 &
SERVER_PID=$!
for _ in $(seq 50); do grep -q "serving on" "$T/out" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$T/out" | head -1)
echo "Server: $URL (pid $SERVER_PID), SQLite, 2 threads, demo data"

# Log in as a professional, as a browser would, to measure a logged-in page.
JAR="$T/jar"
TOKEN=$(curl -s -c "$JAR" "$URL/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
curl -s -b "$JAR" -c "$JAR" -o /dev/null --data-urlencode "_csrf=$TOKEN" \
  --data-urlencode "email=professional@demo.maillage.brussels" --data-urlencode "password=demo-pro-2026" "$URL/login"
COOKIE=$(awk '$6=="maillage_session"||$6=="maillage_csrf"{printf "%s=%s; ", $6, $7}' "$JAR")
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$URL/profile")" = 200 ] || { echo "login failed"; exit 1; }

run_wrk() {  # name path [header]
  local name=$1 path=$2; shift 2
  echo
  echo "== $name: wrk -t2 -c64 -d10s --latency $path"
  wrk -t2 -c64 -d10s --latency "$@" "$URL$path" | grep -E "Requests/sec|Latency  |50%|90%|99%|Non-2xx|Socket errors"
}
run_wrk "Home page (anonymous)" / | tee "$T/home"
run_wrk "Profile page (logged in)" /profile -H "Cookie: $COOKIE" | tee "$T/profile"
awk '/Requests\/sec/{r[FILENAME]=$2} END{printf "\nLogged-in page / home page in this run: %.0f%%\n", 100*r[ARGV[2]]/r[ARGV[1]]}' "$T/home" "$T/profile"
run_wrk "Territory page (anonymous)" /territory
# Pages while people log in: four clients logging in in a loop (Argon2id, 64 MiB, ~100 ms each).
CSRF_COOKIE=$(awk '$6=="maillage_csrf"{print $7}' "$JAR")
LOGINS=""
for _ in 1 2 3 4; do
  ( while true; do curl -s -o /dev/null -H "Cookie: maillage_csrf=$CSRF_COOKIE" --data-urlencode "_csrf=$TOKEN" \
      --data-urlencode "email=professional@demo.maillage.brussels" --data-urlencode "password=demo-pro-2026" "$URL/login"; done ) &
  LOGINS="$LOGINS $!"
done
run_wrk "Home page (anonymous) during a login burst" /
kill $LOGINS 2>/dev/null || true
echo
echo "== Server memory after the runs"
grep -E "VmRSS|VmHWM" "/proc/$SERVER_PID/status"
kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

# The directory's search page over 20,000 generated services.
N=${MAILLAGE_BENCH_SERVICES:-20000}
DB2="sqlite://$T/directory.db"
"$BIN" migrate --db "$DB2" >/dev/null
echo
echo "== Directory: $N synthetic services"
"$BIN" seed-synthetic "$N" --db "$DB2"
"$BIN" reindex --db "$DB2"
"$BIN" serve --db "$DB2" --host 127.0.0.1 --port 0 --threads 2 --quiet --no-jobs --mail-dir "$T/mail" >"$T/out2" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do grep -q "serving on" "$T/out2" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$T/out2" | head -1)
run_wrk "Directory search page, $N services" "/directory?q=sante+mentale"
run_wrk "Directory search page near a postal code, $N services" "/directory?q=logement&postcode=1060"
# The two above repeat one search, answered from the server's memory of recent searches after the first
# time; this one asks a different search each time (words x area x page), so the engine works for most. A
# first run warms the server as a day of use would (the results cards of the directory in memory).
wrk -t2 -c64 -d10s "$URL/directory" -s scripts/bench-varied-searches.lua >/dev/null
run_wrk "Directory search page, varied searches, $N services (after a 10 s warm-up)" "/directory" -s scripts/bench-varied-searches.lua
echo
echo "== Server memory with $N services loaded, after the runs"
grep -E "VmRSS|VmHWM" "/proc/$SERVER_PID/status"

kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true

# The public agenda and its feeds with 5,000 sessions ahead (100 public offers over the five bassins, themes and
# audiences mixed), anonymous as the bassins' sites and feed readers call it: answered from the per-filter cache.
DB3="$T/agenda.db"
"$BIN" migrate --db "sqlite://$DB3" >/dev/null
sqlite3 "$DB3" <<'SQL'
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100)
INSERT INTO offers (type, title_fr, title_nl, description_fr, territory, visibility, status, audience, theme, created_at, updated_at)
SELECT CASE i % 4 WHEN 0 THEN 'webinar' WHEN 1 THEN 'information_session' WHEN 2 THEN 'training' ELSE 'intervision' END,
       'Offre ' || i, 'Aanbod ' || i, 'Une description de quelques mots pour l''offre ' || i,
       CASE i % 6 WHEN 0 THEN 'region' WHEN 1 THEN 'nord' WHEN 2 THEN 'sud' WHEN 3 THEN 'centre-ouest' WHEN 4 THEN 'nord-est' ELSE 'sud-est' END,
       'public', 'published', CASE i % 3 WHEN 0 THEN 'service_users' ELSE 'professionals' END,
       CASE i % 5 WHEN 0 THEN 'mental-health' WHEN 1 THEN 'housing' WHEN 2 THEN 'homelessness' ELSE '' END,
       strftime('%s', 'now'), strftime('%s', 'now') FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
INSERT INTO offer_sessions (offer_id, starts_at, ends_at, place, postal_code, capacity, status, created_at)
SELECT 1 + i % 100, strftime('%s', 'now') + 3600 + i * 1500, strftime('%s', 'now') + 7200 + i * 1500,
       'Rue de la Loi ' || i, '1000', 20, 'open', strftime('%s', 'now') FROM n;
SQL
"$BIN" serve --db "sqlite://$DB3" --host 127.0.0.1 --port 0 --threads 2 --quiet --no-jobs --mail-dir "$T/mail" >"$T/out3" 2>&1 &
SERVER_PID=$!
for _ in $(seq 100); do grep -q "serving on" "$T/out3" && break; sleep 0.1; done
URL=$(grep -o 'http://127.0.0.1:[0-9]*' "$T/out3" | head -1)
echo
echo "== Agenda: $(sqlite3 "$DB3" "SELECT COUNT(*) FROM offer_sessions") sessions ahead"
run_wrk "Agenda page (list, anonymous)" "/agenda"
run_wrk "Agenda page, care area and audience filter" "/agenda?bassin=sud&audience=service_users"
run_wrk "Agenda month view" "/agenda?view=month"
run_wrk "Agenda iCalendar feed" "/agenda.ics?bassin=nord"
run_wrk "Agenda Atom feed" "/agenda.atom"
run_wrk "Agenda JSON feed" "/agenda.json?theme=mental-health"
run_wrk "Agenda embed (iframe fragment)" "/agenda/embed?bassin=sud"
echo
echo "== Server memory with the agenda, after the runs"
grep -E "VmRSS|VmHWM" "/proc/$SERVER_PID/status"

if [ -x "$BUILD/maillage_bench" ]; then
  echo
  echo "== Engine benchmarks (Google Benchmark), SQLite"
  "$BUILD/maillage_bench" --benchmark_counters_tabular=true --benchmark_filter='-postgres'
  echo
  echo "== PostgreSQL: registration rush, 1,000 people, 100 seats (oversold must be 0); helpdesk with 100,000 requests; caseload with 500,000 contacts"
  bash scripts/with-postgres.sh "$BUILD/maillage_bench" --benchmark_counters_tabular=true --benchmark_filter='postgres'
fi
