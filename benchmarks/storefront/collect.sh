#!/usr/bin/env bash
# Storefront beacons (issue "Storefront widgets end to end"): POST /s/{store}/collect at
# 100 connections on SQLite, in one run with the same client (wrk, 1 thread, keep-alive)
# against
#   1. nginx from Debian answering a static 200              (reference)
#   2. nomo-daemon POST of the same bodies to a path with no route (read, 404): the
#      daemon's own no-op POST ceiling
#   3. nomo-daemon POST /s/{store}/collect, visitor data on  (validate, visitor id, 202,
#      group-committed after the answer)
# then how many page views reached the database and the daemon's peak memory.
# Usage: benchmarks/storefront/collect.sh [seconds per run, default 10]
set -euo pipefail
seconds=${1:-10}
# shellcheck source=../messages/lib.sh
source "$(dirname "${BASH_SOURCE[0]}")/../messages/lib.sh"
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-salla-sim >/dev/null
# shellcheck source=../lib/reference.sh
source "$here/benchmarks/lib/reference.sh"
start_nginx

mkdir -p "$scratch/sink"
start_sink "$scratch/sink"
# One client address sends everything here: its and the store's limits are raised so
# the benchmark measures the path, not the limits.
start_stack "$sink_port" 2 NOMO_HTTP_REQUESTS_PER_MINUTE_PER_CLIENT=1000000 \
    NOMO_STOREFRONT_BEACONS_PER_MINUTE_PER_STORE=100000000 NOMO_STOREFRONT_EXTRA_ORIGINS=https://bench-store.example \
    NOMO_HTTP_MAX_CONNECTIONS_PER_CLIENT=1000
grep -q listening "$scratch/daemon.out" || { cat "$scratch/daemon.err" >&2; exit 1; }
curl -fsS -X PUT "http://127.0.0.1:$port/api/v1/features/visitor_data" -H "Authorization: Bearer $token" -H 'If-Match: "0"' \
    -H 'Content-Type: application/json' -d '{"enabled": true, "settings": {}}' >/dev/null
daemon=$(pgrep -f "nomo-daemon" -n)

run_wrk() { BEACON_ORIGIN=https://bench-store.example wrk -t1 -c100 -d"${seconds}s" --latency -s "$here/benchmarks/storefront/beacons.lua" "$@" 2>&1 | result; }
( peak=0; while kill -0 "$daemon" 2>/dev/null; do
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$daemon/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$scratch/peak_rss"
      sleep 0.1; done ) &
pids+=($!)
nginx=$(BEACON_PATH=/ run_wrk "http://127.0.0.1:$nginx_port/")
ceiling=$(BEACON_PATH=/s/$store/no-such-route run_wrk "http://127.0.0.1:$port/")
collect=$(BEACON_PATH=/s/$store/collect run_wrk "http://127.0.0.1:$port/")
sleep 1 # the last group commit (250 ms)
views=$(sqlite3 "$db" "SELECT COUNT(*) FROM page_views WHERE merchant_id = $store")
visitors=$(sqlite3 "$db" "SELECT COUNT(DISTINCT visitor_id) FROM visitor_sessions WHERE merchant_id = $store")

rate() { echo "scale=0; $(echo "$1" | field requests) * 1000000 / $(echo "$1" | field duration_us)" | bc; }
ms() { echo "scale=2; $1 / 1000" | bc; }
n=$(rate "$nginx"); c=$(rate "$ceiling"); b=$(rate "$collect")
row() { echo "| $1 | $2 | $(ms "$(echo "$3" | field p50_us)") | $(ms "$(echo "$3" | field p99_us)") | $(echo "$3" | field errors) | $(echo "$3" | field non2xx) | $(echo "scale=2; $2 / $c" | bc) |"; }
cat <<TABLE
| case (wrk -t1 -c100, ${seconds} s each) | requests/s | p50 ms | p99 ms | socket errors | non-2xx | vs no-op |
|---|---|---|---|---|---|---|
$(row "nginx static 200" "$n" "$nginx")
$(row "nomo-daemon POST, no route (404): the no-op ceiling" "$c" "$ceiling")
$(row "nomo-daemon POST /s/{store}/collect (202, stored after)" "$b" "$collect")

- beacons answered 202: $(echo "$collect" | field requests); page views in the database after the last flush: $views; visitors: $visitors
- daemon peak resident memory: $(( $(cat "$scratch/peak_rss" 2>/dev/null || echo 0) / 1024 )) MiB
TABLE
