#!/usr/bin/env bash
# Console first sync: a daemon whose store has CHANGES order changes in its feed (default
# 100,000), and a new console (the real SyncEngine, ApiClient and SQLite cache, no
# window) pulling all of it from an empty cache. Prints the time, the changes applied
# and the console's peak memory, as one JSON line per run.
#   benchmarks/console/first_sync.sh [changes] [runs]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
changes=${1:-100000}
runs=${2:-3}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-bench-first-sync >/dev/null

scratch=$(mktemp -d /tmp/nomo-first-sync.XXXXXX)
daemon_pid=""
cleanup() { [ -n "$daemon_pid" ] && kill "$daemon_pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
export NOMO_DATA_DIR="$scratch/daemon" NOMO_LOG_RULES="nomo.*.info=false"
"$here/build/bin/nomo-daemon" migrate >/dev/null

# One store and a feed of realistic order changes (the shape the daemon's
# OrderRepository publishes), written straight into the daemon's database.
store=700001
sqlite3 "$NOMO_DATA_DIR/nomo.db" <<SQL
INSERT INTO merchants (id, name, email, status, change_seq, created_at, updated_at)
VALUES ($store, 'متجر القياس', 'bench@example.com', 'active', $changes, 0, 0);
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $changes)
INSERT INTO changes (merchant_id, seq, entity, entity_id, op, payload_json, changed_at)
SELECT $store, i, 'order', CAST(i AS TEXT), 'upsert',
       json_object('id', i, 'salla_id', 900000000 + i, 'reference_id', 20000 + i, 'customer_id', i % 5000,
                   'status', 'completed', 'total_halalas', 10000 + (i * 37) % 90000,
                   'discount_halalas', CASE WHEN i % 7 = 0 THEN 1500 ELSE 0 END,
                   'coupon_code', CASE WHEN i % 7 = 0 THEN 'NOMO10' ELSE NULL END,
                   'payment_method', 'mada', 'city', 'الرياض', 'item_count', 1 + i % 4,
                   'ordered_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-' || (i % 90) || ' days'),
                   'updated_at', strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
       CAST(strftime('%s', 'now') AS INTEGER) * 1000
FROM n;
SQL
token=$("$here/build/bin/nomo-daemon" device-token --merchant "$store" --name "first-sync bench" |
    sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')

NOMO_HTTP_LISTEN=127.0.0.1:0 "$here/build/bin/nomo-daemon" >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
daemon_pid=$!
for _ in $(seq 1 100); do grep -q '"port"' "$scratch/daemon.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$scratch/daemon.out")

echo "feed: $changes order changes; daemon $url"
for run in $(seq 1 "$runs"); do
    rm -rf "$scratch/cache$run"
    NOMO_BENCH_TOKEN="$token" "$here/build/bin/nomo-bench-first-sync" --daemon "$url" --data-dir "$scratch/cache$run" --page-limit 1000
done
