#!/usr/bin/env bash
# Webhook intake benchmark (issue "Salla connection and webhook intake").
# In one run, with the same client (wrk, 1 thread, 50 connections, keep-alive):
#   1. nginx from Debian answering a static 200      (reference)
#   2. nomo-daemon GET /healthz                       (the ceiling of our HTTP stack)
#   3. nomo-daemon POST /webhooks/salla, signed       (durable intake on SQLite)
# then the worker's processing rate and the daemon's peak resident memory.
# Usage: benchmarks/intake/run.sh [seconds per run, default 10]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-10}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon >/dev/null

scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
# shellcheck source=../lib/reference.sh
source "$here/benchmarks/lib/reference.sh"
start_nginx

# The daemon on a fresh SQLite file, quiet logs.
port=$(free_port)
secret=bench-webhook-secret
NOMO_DATA_DIR="$scratch/daemon" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_SALLA_WEBHOOK_SECRET="$secret" \
    NOMO_LOG_RULES="nomo.*.info=false" "$here/build/bin/nomo-daemon" >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
daemon=$!
pids+=($daemon)
for _ in $(seq 1 100); do grep -q listening "$scratch/daemon.out" 2>/dev/null && break; sleep 0.1; done

# Distinct signed bodies, enough that none repeats within the run.
count=$((seconds * 30000))
/usr/bin/python3 "$here/benchmarks/intake/make_bodies.py" "$here/tests/data/salla" "$secret" "$count" "$scratch/bodies.txt"

run_wrk() { wrk -t1 -c50 -d"${seconds}s" --latency "$@" 2>&1 | result; }
nginx=$(run_wrk -s "$here/benchmarks/intake/plain.lua" "http://127.0.0.1:$nginx_port/")
healthz=$(run_wrk -s "$here/benchmarks/intake/plain.lua" "http://127.0.0.1:$port/healthz")

# Peak RSS of the daemon while it takes webhooks.
( peak=0; while kill -0 "$daemon" 2>/dev/null; do
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$daemon/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$scratch/peak_rss"
      sleep 0.1; done ) &
pids+=($!)
intake=$(BODIES="$scratch/bodies.txt" run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port/webhooks/salla")

# The worker: how fast the backlog the intake left is processed.
sql() { /usr/bin/python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(sys.argv[2]).fetchone()[0])" "$scratch/daemon/nomo.db" "$1"; }
start_pending=$(sql "SELECT COUNT(*) FROM events WHERE status = 'pending'")
start=$(date +%s.%N)
while [ "$(sql "SELECT COUNT(*) FROM events WHERE status = 'pending'")" -gt 0 ]; do sleep 0.5; done
elapsed=$(echo "$(date +%s.%N) - $start" | bc -l)
stored=$(sql "SELECT COUNT(*) FROM events")
processed=$(sql "SELECT COUNT(*) FROM events WHERE status IN ('processed','ignored')")

rate() { echo "scale=0; $(echo "$1" | field requests) * 1000000 / $(echo "$1" | field duration_us)" | bc; }
ms() { echo "scale=2; $1 / 1000" | bc; }
n_rate=$(rate "$nginx"); h_rate=$(rate "$healthz"); i_rate=$(rate "$intake")
cat <<TABLE
| case | requests/s | p50 ms | p99 ms | errors | vs /healthz |
|---|---|---|---|---|---|
| nginx static 200 | $n_rate | $(ms "$(echo "$nginx" | field p50_us)") | $(ms "$(echo "$nginx" | field p99_us)") | $(echo "$nginx" | field errors) | $(echo "scale=2; $n_rate / $h_rate" | bc) |
| nomo-daemon GET /healthz | $h_rate | $(ms "$(echo "$healthz" | field p50_us)") | $(ms "$(echo "$healthz" | field p99_us)") | $(echo "$healthz" | field errors) | 1.00 |
| nomo-daemon POST /webhooks/salla (signed, stored durably) | $i_rate | $(ms "$(echo "$intake" | field p50_us)") | $(ms "$(echo "$intake" | field p99_us)") | $(echo "$intake" | field errors) | $(echo "scale=2; $i_rate / $h_rate" | bc) |

- events stored: $stored (distinct bodies sent: $count available); pending when the intake run ended: $start_pending
- worker: $start_pending events were still pending when the intake run ended; they took $(printf '%.1f' "$elapsed") s more ($processed processed or ignored in all, about $(echo "scale=0; $processed / ($seconds + $elapsed)" | bc) events/s over the whole run)
- daemon peak resident memory during intake: $(( $(cat "$scratch/peak_rss" 2>/dev/null || echo 0) / 1024 )) MiB
TABLE
