#!/usr/bin/env bash
# Reports over a year of a busy store (issue "Reports and attribution"): 1,000,000
# orders and 10,000,000 page views answer any report in under 500 ms. On one engine:
#   1. the schema made by the daemon itself (nomo-daemon migrate), then a year of one
#      store seeded by the database (seed.sql.sh): customers, orders, their
#      attributions, visits and page views, spread over the 365 Riyadh days to today;
#   2. the year's sales days rolled up (nomo-daemon rebuild-reports --days-only);
#   3. the daemon's GET /api/v1/reports/sales for 365, 30 and 7 days, 20 times each;
#   4. beside it, the same report computed from the raw rows (what the rollup asks of
#      attributions, orders and coupons for one day, over the whole period), and the
#      Visitors report from raw visitor_sessions and page_views, 5 times each.
# The Visitors report has no daemon figure: its days are rolled up only for today and
# yesterday by a periodic job (VisitorRollup::publishAll), no command publishes a
# year of them, and the console draws it from the visitor_day rows it keeps.
# Usage: benchmarks/reports/run.sh [build dir, default build] [sqlite|postgres]
#                                  [orders, default 1000000] [page views, default 10000000]
# PostgreSQL: a fresh database on $NOMO_TEST_PG_URL's server when set, else in a
# throwaway cluster (scripts/lib/postgres.sh; durability off, which only speeds seeding).
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-build}
engine=${2:-sqlite}
orders=${3:-1000000}
views=${4:-10000000}
case $build in /*) ;; *) build="$here/$build" ;; esac
bin="$build/bin/nomo-daemon"
store=1487302251
runs=20 raw_runs=5
[ -x "$bin" ] || { echo "no $bin: build nomo-daemon first" >&2; exit 1; }
case $engine in sqlite|postgres) ;; *) echo "engine: sqlite or postgres" >&2; exit 2 ;; esac

# shellcheck source=../../scripts/lib/postgres.sh
source "$here/scripts/lib/postgres.sh"
scratch=$(mktemp -d /tmp/nomo-reports-bench.XXXXXX)
pids=() pgdb="" own_cluster=""
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    if [ -n "$pgdb" ]; then psql -X -q "$admin_url" -c "DROP DATABASE IF EXISTS $pgdb" >/dev/null 2>&1 || true; fi
    if [ -n "$own_cluster" ]; then pg_stop; fi
    rm -rf "$scratch"
}
trap cleanup EXIT

export NOMO_DATA_DIR="$scratch/data" NOMO_LOG_RULES="nomo.*.info=false"
mkdir -p "$NOMO_DATA_DIR"
if [ "$engine" = postgres ]; then
    if [ -z "${NOMO_TEST_PG_URL:-}" ]; then pg_start >/dev/null; own_cluster=1; fi
    admin_url=$NOMO_TEST_PG_URL
    # libpq reads it, the daemon's driver too: no NOTICE of the migrator's IF NOT EXISTS.
    export PGOPTIONS="-c client_min_messages=warning"
    pgdb="nomo_reports_bench_$$"
    psql -X -q "$admin_url" -c "CREATE DATABASE $pgdb" >/dev/null
    export NOMO_DATABASE_URL="${admin_url%/*}/$pgdb"
    sql() { psql -X -q -v ON_ERROR_STOP=1 "$NOMO_DATABASE_URL" "$@"; }
    scalar() { sql -Atc "$1"; }
    db_size() { scalar "SELECT pg_size_pretty(pg_database_size(current_database()))"; }
else
    db="$NOMO_DATA_DIR/nomo.db"
    sql() { sqlite3 -bail "$db" "$@"; }
    scalar() { sql "$1"; }
    db_size() { du -ch "$db"* | tail -n 1 | cut -f1; }
fi
"$bin" migrate >/dev/null

# The year: the 365 Riyadh days ending today (Riyadh is UTC+3 all year), up to an hour ago.
ms_of_day() { echo $(( ($(date -u -d "$1" +%s) - 10800) * 1000 )); } # a Riyadh day's first ms
today=$(date -u -d '+3 hours' +%F)
day_back() { date -u -d "$today -$1 days" +%F; }
from_ms=$(ms_of_day "$(day_back 364)")
to_ms=$(( $(date +%s%3N) - 3600000 ))

start=$(date +%s.%N)
"$here/benchmarks/reports/seed.sql.sh" "$engine" "$orders" "$views" "$from_ms" "$to_ms" "$store" | sql >/dev/null
seeded=$(echo "$(date +%s.%N) - $start" | bc)
printf 'seeded %s orders, %s page views (%s visits) on %s in %.1f s; database %s\n' "$orders" "$views" \
    "$(scalar 'SELECT COUNT(*) FROM visitor_sessions')" \
    "$engine" "$seeded" "$(db_size)"

start=$(date +%s.%N)
rebuilt=$("$bin" rebuild-reports --merchant "$store" --days-only)
rollup=$(echo "$(date +%s.%N) - $start" | bc)
printf 'rebuild-reports --days-only: %.1f s (%s)\n' "$rollup" "$rebuilt"

token=$("$bin" device-token --merchant "$store" --name reports-bench \
        | /usr/bin/python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["access_token"])')

# median and max of numbers (ms), one a line.
stats() { sort -n | awk '{a[NR] = $1} END {printf "%.1f %.1f", NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2, a[NR]}'; }
# row WHAT: a table row from the timings on stdin (kept in a file: it runs at a pipe's end).
row() { local s; s=$(stats); echo "| $1 | $engine | ${s% *} | ${s#* } |" >>"$scratch/results.md"; }

# ---- the daemon ---------------------------------------------------------------------
port=$(free_port)
NOMO_HTTP_LISTEN="127.0.0.1:$port" "$bin" >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
pids+=($!)
for _ in $(seq 1 300); do grep -q listening "$scratch/daemon.out" 2>/dev/null && break; sleep 0.1; done
grep -q listening "$scratch/daemon.out" || { cat "$scratch/daemon.err" >&2; exit 1; }
sleep 3 # its first rollup passes (today and yesterday) and purge run at start
report() { # FROM TO: one GET, "status seconds bytes"
    curl -s -o /dev/null -w '%{http_code} %{time_total} %{size_download}\n' -H "Authorization: Bearer $token" \
        "http://127.0.0.1:$port/api/v1/reports/sales?from=$1&to=$2"
}
# The answer is the rows' own: the year's counted orders and revenue, both ways.
year=$(day_back 364)
said=$(curl -fsS -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/v1/reports/sales?from=$year&to=$today" \
       | /usr/bin/python3 -c 'import json,sys; t=json.load(sys.stdin)["total"]; print(t["orders"], t["revenue_halalas"])')
raw=$(scalar "SELECT SUM(CASE WHEN counted_halalas <> 0 THEN 1 ELSE 0 END), SUM(counted_halalas) FROM attributions
              WHERE merchant_id = $store AND day >= '$year' AND day <= '$today'" | tr '|' ' ')
echo "the year's counted orders and revenue (halalas): daemon $said, raw rows $raw"
[ "$said" = "$raw" ] || { echo "the report and the rows disagree" >&2; exit 1; }
for days in 365 30 7; do
    f=$(day_back $((days - 1)))
    read -r code _ bytes < <(report "$f" "$today") # the first request also opens the connection's caches
    [ "$code" = 200 ] || { echo "GET /api/v1/reports/sales?from=$f&to=$today answered $code" >&2; cat "$scratch/daemon.err" >&2; exit 1; }
    for _ in $(seq 1 "$runs"); do
        read -r code secs _ < <(report "$f" "$today")
        [ "$code" = 200 ] || { echo "answered $code" >&2; exit 1; }
        echo "$secs * 1000" | bc -l
    done | row "daemon GET /api/v1/reports/sales, $days days ($bytes bytes)"
done
kill "${pids[0]}"; wait "${pids[0]}" 2>/dev/null || true; pids=()

# ---- the same reports over the raw rows ----------------------------------------------
# sales_raw FROM TO: what SalesRollup::compute asks for one day (sources, discount,
# coupons, messages' orders, recovered carts), over the period by day, and the
# previous period's sources as the report's comparison needs.
sales_raw() {
    local m="a.merchant_id = $store AND a.day >= '$1' AND a.day <= '$2'" j="JOIN orders o ON o.merchant_id = a.merchant_id AND o.id = a.order_id"
    local n p
    n=$(( $(date -u -d "$2" +%s) / 86400 - $(date -u -d "$1" +%s) / 86400 + 1 ))
    p="a.merchant_id = $store AND a.day >= '$(date -u -d "$1 -$n days" +%F)' AND a.day < '$1'"
    cat <<SQL
SELECT a.day, a.source, COALESCE(a.automation, ''), SUM(CASE WHEN a.counted_halalas <> 0 THEN 1 ELSE 0 END), SUM(a.counted_halalas), SUM(a.vat_halalas) FROM attributions a WHERE $m GROUP BY a.day, a.source, COALESCE(a.automation, '');
SELECT a.day, COALESCE(SUM(o.discount_halalas), 0) FROM attributions a $j WHERE $m AND a.counted_halalas <> 0 GROUP BY a.day;
SELECT a.coupon_id, COALESCE(c.code, ''), COUNT(*), COALESCE(SUM(o.discount_halalas), 0), SUM(a.counted_halalas) FROM attributions a $j LEFT JOIN coupons c ON c.merchant_id = a.merchant_id AND c.id = a.coupon_id WHERE $m AND a.source = 'coupon' AND a.counted_halalas <> 0 GROUP BY a.coupon_id, c.code ORDER BY 5 DESC, 1;
SELECT a.day, a.automation, a.channel, COUNT(*), SUM(a.counted_halalas) FROM attributions a WHERE $m AND a.source = 'message' AND a.counted_halalas <> 0 GROUP BY a.day, a.automation, a.channel;
SELECT a.day, COUNT(*), COALESCE(SUM(a.counted_halalas), 0) FROM attributions a WHERE $m AND a.cart_id IS NOT NULL AND a.counted_halalas <> 0 GROUP BY a.day;
SELECT a.source, COALESCE(a.automation, ''), SUM(CASE WHEN a.counted_halalas <> 0 THEN 1 ELSE 0 END), SUM(a.counted_halalas), SUM(a.vat_halalas) FROM attributions a WHERE $p GROUP BY a.source, COALESCE(a.automation, '');
SQL
}
# visitors_raw FROM TO: VisitorRollup::compute's questions over the period, by day.
visitors_raw() {
    local a b r v
    a=$(ms_of_day "$1") b=$(ms_of_day "$2 +1 day")
    r="merchant_id = $store AND started_at >= $a AND started_at < $b"
    v="merchant_id = $store AND viewed_at >= $a AND viewed_at < $b AND kind = 'pageview'"
    cat <<SQL
SELECT (started_at + 10800000) / 86400000, COUNT(DISTINCT visitor_id), COUNT(*) FROM visitor_sessions WHERE $r GROUP BY 1;
SELECT (viewed_at + 10800000) / 86400000, COUNT(*) FROM page_views WHERE $v GROUP BY 1;
SELECT path, COUNT(*) AS n FROM page_views WHERE $v GROUP BY path ORDER BY n DESC, path LIMIT 10;
SELECT COALESCE(NULLIF(utm_source, ''), referrer, '') AS source, COUNT(*) AS n FROM visitor_sessions WHERE $r GROUP BY COALESCE(NULLIF(utm_source, ''), referrer, '') ORDER BY n DESC, source LIMIT 10;
SELECT COALESCE(device, ''), COUNT(*) AS n FROM visitor_sessions WHERE $r GROUP BY COALESCE(device, '') ORDER BY n DESC, 1 LIMIT 10;
SQL
}
# timed: the queries on stdin in one fresh session, their results thrown away; prints
# the sum of the engine's own timings (sqlite3 .timer, psql \timing) in ms.
timed() {
    if [ "$engine" = postgres ]; then
        { printf '%s\n' '\o /dev/null' '\timing on'; cat; } | sql | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p'
    else
        { echo '.timer on'; sed 's/^/.once \/dev\/null\n/'; } | sql | sed -n 's/^Run Time: real \([0-9.]*\).*/\1/p' \
            | awk '{print $1 * 1000}'
    fi | awk '{s += $1} END {print s}'
}
for days in 365 30 7; do
    f=$(day_back $((days - 1)))
    for what in sales visitors; do
        "${what}_raw" "$f" "$today" | timed >/dev/null # a warm-up: the page cache, as the daemon's
        for _ in $(seq 1 "$raw_runs"); do "${what}_raw" "$f" "$today" | timed; done \
            | row "raw rows: the $what report's queries, $days days"
    done
done

echo
echo "| what | engine | median ms | max ms |"
echo "|---|---|---|---|"
cat "$scratch/results.md"
