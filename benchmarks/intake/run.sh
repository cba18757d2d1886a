#!/usr/bin/env bash
# Webhook intake and processing at the hardware's pace (issue "Intake and processing at
# the hardware's pace"). One run, one client (wrk, 1 thread, 50 keep-alive connections),
# the same signed fixture bodies (customer.created, order.created of 5.5 KB,
# abandoned.cart, each a new delivery; make_bodies.py) against, on SQLite:
#   1. nginx from Debian answering a static 200                       (reference)
#   2. nomo-daemon GET /healthz
#   3. nomo-daemon POST /bench/noop: read the body, answer the intake's 200 — the
#      benchmark build's no-op route (app/BenchmarkRoutes.h), the ceiling
#   4. nomo-daemon POST /webhooks/salla, every signature wrong (read, HMAC, 401)
#   5. nomo-daemon POST /webhooks/salla, signed: verified, read, stored and synced to
#      disk before each 200
# and nomo-bench-worker: the event worker alone in a process of its own (no HTTP, no
# intake, no jobs run) on 30,000 stored events of the same mix, on each engine;
# then the worker alone on the backlog the intake left and on the jobs those events
# queued, a steady stream (2,000 a second
# for the given seconds: the backlog each second and how long it takes to drain after),
# the daemon's resident memory (before, peak, after), and the intake and the worker on
# PostgreSQL 15 with its default durability, with one, two and three daemons on one
# database (one wrk per daemon, the connections split between them).
# Usage: benchmarks/intake/run.sh [seconds per run, default 10] [steady seconds, default 60]
#                                 [engines: all (default) | sqlite]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
seconds=${1:-10}
steady=${2:-60}
engines=${3:-all}
# A build folder of its own (build-bench/) with the benchmark-only route.
NOMO_BENCHMARK=1 "$here/scripts/setup" >/dev/null
CCACHE_BASEDIR="$here" CCACHE_NOHASHDIR=true cmake --build "$here/build-bench" -j2 --target nomo-daemon nomo-bench-worker >/dev/null
bin="$here/build-bench/bin/nomo-daemon"
# The worker alone, in-process, on N stored events of the same mix (WorkerBench.cpp):
# worker_alone DATABASE_URL N -> its JSON line.
worker_alone() { NOMO_LOG_RULES="*=false" "$here/build-bench/bin/nomo-bench-worker" "$1" "$here/tests/data/salla" "$2" 2>/dev/null; }

scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
chmod 755 "$scratch"
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    pg_stop
    rm -rf "$scratch"
}
trap cleanup EXIT
# shellcheck source=../../scripts/lib/postgres.sh
source "$here/scripts/lib/postgres.sh"
# shellcheck source=../lib/reference.sh
source "$here/benchmarks/lib/reference.sh"
start_nginx

secret=bench-webhook-secret
key=$(openssl rand -hex 32)
# start_daemon NAME [DATABASE_URL]: nomo-daemon on a free port, quiet logs; sets
# port_NAME and pid_NAME.
start_daemon() {
    local name=$1 url=${2:-} port
    port=$(free_port)
    mkdir -p "$scratch/$name"
    env NOMO_DATA_DIR="$scratch/$name" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_SALLA_WEBHOOK_SECRET="$secret" \
        NOMO_SECURITY_TOKEN_KEY="$key" NOMO_METRICS_TOKEN=bench-metrics NOMO_LOG_RULES="nomo.*.info=false" ${url:+NOMO_DATABASE_URL="$url"} \
        "$bin" >"$scratch/$name.out" 2>"$scratch/$name.err" &
    pids+=($!)
    printf -v "pid_$name" '%s' $!
    printf -v "port_$name" '%s' "$port"
    for _ in $(seq 1 200); do grep -q listening "$scratch/$name.out" 2>/dev/null && return 0; sleep 0.1; done
    cat "$scratch/$name.err" >&2
    return 1
}
rss_kib() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
# watch_peak PID FILE: the highest VmRSS seen, in FILE, until the process ends.
watch_peak() {
    ( peak=0; while kill -0 "$1" 2>/dev/null; do
          rss=$(rss_kib "$1"); [ "${rss:-0}" -gt "$peak" ] && peak=$rss && echo "$peak" >"$2"
          sleep 0.1; done ) &
    pids+=($!)
}

count=$(( (seconds + 2) * 40000 ))
/usr/bin/python3 "$here/benchmarks/intake/make_bodies.py" "$here/tests/data/salla" "$secret" "$count" "$scratch/bodies.txt"
run_wrk() { wrk -t1 -c"${CONNECTIONS:-50}" -d"${DURATION:-$seconds}s" --latency "$@" 2>&1 | result; }
rate() { echo "scale=0; $(echo "$1" | field requests) * 1000000 / $(echo "$1" | field duration_us)" | bc; }
ms() { echo "scale=2; $1 / 1000" | bc; }
row() { # label result ceiling-rate
    local r; r=$(rate "$2")
    echo "| $1 | $r | $(ms "$(echo "$2" | field p50_us)") | $(ms "$(echo "$2" | field p99_us)") | $(echo "$2" | field errors) | $(echo "scale=2; $r / $3" | bc) |"
}

# ---- SQLite, one daemon --------------------------------------------------------------
start_daemon lite
db="$scratch/lite/nomo.db"
sql() { sqlite3 -cmd ".timeout 5000" "$db" "$1"; }
# Not processed yet, as the daemon counts it: pending in events and what its webhook
# inbox (nomo.db-inbox) holds for the worker.
pending() { curl -s -H "Authorization: Bearer bench-metrics" "http://127.0.0.1:$port_lite/metrics" | awk '/^nomo_events_pending / {print $2 + 0}'; }
watch_peak "$pid_lite" "$scratch/peak_lite"
rss_before=$(rss_kib "$pid_lite")

# Warm-up: one intake run, then the worker drains it. A fresh SQLite file's WAL grows
# page by page during the first seconds, and a sync that also records a new file size
# costs several times one that does not (measured: the first run on a fresh file was
# half as fast as the next); a daemon that has run for a while reuses its WAL.
BODIES="$scratch/bodies.txt" OFFSET=1 STRIDE=2 run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port_lite/" >/dev/null
while [ "$(pending)" -gt 0 ]; do sleep 0.2; done
# and the jobs those events queued, so that every case below starts on a quiet daemon
jobs_left() { sql "SELECT COUNT(*) FROM jobs WHERE status IN ('pending', 'running') AND period_ms IS NULL AND run_at <= strftime('%s', 'now') * 1000"; }
while [ "$(jobs_left)" -gt 0 ]; do sleep 0.2; done

nginx=$(run_wrk -s "$here/benchmarks/intake/plain.lua" "http://127.0.0.1:$nginx_port/")
healthz=$(run_wrk -s "$here/benchmarks/intake/plain.lua" "http://127.0.0.1:$port_lite/healthz")
noop=$(BODIES="$scratch/bodies.txt" STRIDE=2 TARGET=/bench/noop run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port_lite/")
unsigned=$(BODIES="$scratch/bodies.txt" STRIDE=2 SECRET_WRONG=1 run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port_lite/")
intake=$(BODIES="$scratch/bodies.txt" STRIDE=2 run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port_lite/")
peak_intake=$(cat "$scratch/peak_lite")

# The worker alone on what the intake left.
backlog=$(pending)
start=$(date +%s.%N)
while [ "$(pending)" -gt 0 ]; do sleep 0.2; done
drain=$(echo "$(date +%s.%N) - $start" | bc -l)
# Then the jobs those events queued (an order-link message per order, a plan per cart).
jobs_backlog=$(jobs_left)
start=$(date +%s.%N)
while [ "$(jobs_left)" -gt 0 ]; do sleep 0.2; done
jobs_drain=$(echo "$(date +%s.%N) - $start" | bc -l)
stored=$(sql "SELECT COUNT(*) FROM events")
failed=$(sql "SELECT COUNT(*) FROM events WHERE status = 'failed'")
worker_rate=$(echo "scale=0; $backlog / $drain" | bc)

# A steady stream: 30 connections, each a request, then 12 ms of rest (about 2,000 a second).
/usr/bin/python3 "$here/benchmarks/intake/make_bodies.py" "$here/tests/data/salla" "$secret" $(( (steady + 5) * 2500 )) "$scratch/steady.txt" 3500000000
( for _ in $(seq 1 $((steady + 2))); do pending; sleep 1; done ) >"$scratch/backlog.txt" 2>/dev/null &
sampler=$!
stream=$(BODIES="$scratch/steady.txt" DELAY_MS=12 CONNECTIONS=30 DURATION=$steady run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:$port_lite/")
kill "$sampler" 2>/dev/null || true
left=$(pending)
start=$(date +%s.%N)
while [ "$(pending)" -gt 0 ]; do sleep 0.1; done
stream_drain=$(echo "$(date +%s.%N) - $start" | bc -l)
max_backlog=$(sort -n "$scratch/backlog.txt" | tail -n 1)
sleep 2
rss_after=$(rss_kib "$pid_lite")
peak_all=$(cat "$scratch/peak_lite")
noop_rate=$(rate "$noop")
i_rate=$(rate "$intake")

cat <<TABLE
### SQLite (WAL, synchronous=FULL), one daemon

| case | requests/s | p50 ms | p99 ms | errors | vs no-op POST |
|---|---|---|---|---|---|
$(row "nginx static 200" "$nginx" "$noop_rate")
$(row "nomo-daemon GET /healthz" "$healthz" "$noop_rate")
$(row "nomo-daemon POST /bench/noop (read the body, 200): the ceiling" "$noop" "$noop_rate")
$(row "nomo-daemon POST /webhooks/salla, wrong signature (read, HMAC, 401)" "$unsigned" "$noop_rate")
$(row "nomo-daemon POST /webhooks/salla, signed: stored and synced before the 200" "$intake" "$noop_rate")

- intake / no-op ceiling: **$(echo "scale=2; $i_rate / $noop_rate" | bc)**
- events stored: $stored (failed: $failed); pending when the intake run ended: $backlog
- the worker alone on that backlog: $(printf '%.1f' "$drain") s, about **$worker_rate events/s**
- the jobs those events left (an order-link message per order, a plan per cart): $jobs_backlog, run in $(printf '%.1f' "$jobs_drain") s, about $(echo "scale=0; $jobs_backlog / $jobs_drain" | bc) jobs/s
- steady stream ($(rate "$stream") webhooks/s for $steady s, p99 $(ms "$(echo "$stream" | field p99_us)") ms, errors $(echo "$stream" | field errors)): backlog at most $max_backlog, $left left when it stopped, drained $(printf '%.1f' "$stream_drain") s after
- resident memory: $((rss_before / 1024)) MiB before, peak $((peak_intake / 1024)) MiB during intake ($((peak_all / 1024)) MiB over the whole run), $((rss_after / 1024)) MiB after
- events the worker did again with savepoints of their own: $(curl -s -H "Authorization: Bearer bench-metrics" "http://127.0.0.1:$port_lite/metrics" | awk '/^nomo_events_redone_total/ {s += $2} END {print s + 0}')
- nomo-bench-worker, SQLite: \`$(mkdir -p "$scratch/alone" && worker_alone "sqlite://$scratch/alone/nomo.db" 30000)\`
TABLE

# ---- PostgreSQL 15, default durability (fsync on, synchronous_commit on) -------------
[ "$engines" = sqlite ] && exit 0
NOMO_PG_DURABLE=1 pg_start >/dev/null
pg_run() { # N daemons
    local n=$1 i url pids_wrk=() results=() total=0 worst=0 errors=0
    url="postgresql://postgres@127.0.0.1:$NOMO_PG_PORT/bench$n"
    pg_as_owner "$(pg_bin)/createdb" -h "$NOMO_PG_DIR" -p "$NOMO_PG_PORT" -U postgres "bench$n"
    for i in $(seq 1 "$n"); do start_daemon "pg${n}_$i" "$url"; done
    local first="pg${n}_1"
    for mode in noop intake; do
        for i in $(seq 1 "$n"); do
            local p="port_pg${n}_$i"
            ( if [ "$mode" = noop ]; then export TARGET=/bench/noop; fi
              BODIES="$scratch/bodies.txt" STRIDE=$n OFFSET=$((i - 1)) CONNECTIONS=$((50 / n)) \
                  run_wrk -s "$here/benchmarks/intake/intake.lua" "http://127.0.0.1:${!p}/" >"$scratch/wrk_${n}_${mode}_$i" ) &
            pids_wrk+=($!)
        done
        wait "${pids_wrk[@]}"; pids_wrk=()
        total=0 worst=0 errors=0
        for i in $(seq 1 "$n"); do
            local r; r=$(cat "$scratch/wrk_${n}_${mode}_$i")
            total=$((total + $(rate "$r"))); errors=$((errors + $(echo "$r" | field errors)))
            local p99; p99=$(echo "$r" | field p99_us); [ "$p99" -gt "$worst" ] && worst=$p99
        done
        printf -v "pg_${mode}_rate" '%s' "$total"
        printf -v "pg_${mode}_p99" '%s' "$worst"
        printf -v "pg_${mode}_errors" '%s' "$errors"
    done
    pgsql() { psql -h "$NOMO_PG_DIR" -p "$NOMO_PG_PORT" -U postgres -d "bench$n" -Atc "$1"; }
    # The worker after the intake stopped: the backlog it works off in at most 30 s.
    local left start now remaining drain
    left=$(pgsql "SELECT COUNT(*) FROM events WHERE status = 'pending'")
    start=$(date +%s.%N)
    remaining=$left
    while [ "$remaining" -gt 0 ]; do
        sleep 0.5
        remaining=$(pgsql "SELECT COUNT(*) FROM events WHERE status = 'pending'")
        [ "$(echo "$(date +%s.%N) - $start > 30" | bc)" = 1 ] && break
    done
    drain=$(echo "$(date +%s.%N) - $start" | bc -l)
    echo "| $n | $pg_noop_rate | $pg_intake_rate | $(ms "$pg_intake_p99") | $pg_intake_errors | $(echo "scale=2; $pg_intake_rate / $pg_noop_rate" | bc) | $left | $(echo "scale=0; ($left - $remaining) / $drain" | bc) |"
    for i in $(seq 1 "$n"); do local p="pid_pg${n}_$i"; kill "${!p}"; done
}
cat <<HEAD

### PostgreSQL 15 (fsync on, synchronous_commit on), daemons on one database

| daemons | no-op POST/s (all) | intake/s (all) | intake p99 ms (worst) | errors | intake / no-op | pending at the end | worker events/s after (all) |
|---|---|---|---|---|---|---|---|
HEAD
for n in 1 2 3; do pg_run "$n"; done
pg_as_owner "$(pg_bin)/createdb" -h "$NOMO_PG_DIR" -p "$NOMO_PG_PORT" -U postgres alone
echo
echo "- nomo-bench-worker, PostgreSQL: \`$(worker_alone "postgresql://postgres@127.0.0.1:$NOMO_PG_PORT/alone" 10000)\`"
