#!/usr/bin/env bash
# A campaign of one-use codes from the merchant's click to the codes in the console's
# hands (issue "Coupons end to end"), with the real daemon and the Salla simulator on
# loopback, SQLite. One run per size; for each, the times of:
#   queued   POST /api/v1/coupons answered (the console's click: stored, push queued)
#   synced   the change feed carries the coupon synced (what the console's sync applies)
#   codes    GET /api/v1/coupons/{id}/codes answered with every code (the export)
# Usage: benchmarks/coupons/campaign.sh [sizes, default "1000 10000"]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
sizes=${1:-"1000 10000"}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-salla-sim >/dev/null

scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }

sim_port=$(free_port)
port=$(free_port)
secret=bench-webhook-secret
"$here/build/bin/nomo-salla-sim" --port "$sim_port" --data-dir "$scratch/sim" --webhook-secret "$secret" \
    --webhook-url "http://127.0.0.1:$port/webhooks/salla" >"$scratch/sim.out" 2>"$scratch/sim.err" &
pids+=($!)
NOMO_DATA_DIR="$scratch/daemon" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_SALLA_WEBHOOK_SECRET="$secret" \
    NOMO_SALLA_API_URL="http://127.0.0.1:$sim_port/admin/v2" NOMO_SALLA_ACCOUNTS_URL="http://127.0.0.1:$sim_port" \
    NOMO_SALLA_CLIENT_ID=nomo-sim-client NOMO_SALLA_CLIENT_SECRET=nomo-sim-client-secret \
    NOMO_LOG_RULES="nomo.*.info=false" "$here/build/bin/nomo-daemon" >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
pids+=($!)
for _ in $(seq 1 100); do grep -q listening "$scratch/daemon.out" 2>/dev/null && grep -q . "$scratch/sim.out" && break; sleep 0.1; done
store=$(curl -fsS "http://127.0.0.1:$sim_port/_sim/state" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stores"][0]["id"])')
curl -fsS -X POST "http://127.0.0.1:$sim_port/_sim/install" -d "{\"store_id\": $store}" >/dev/null
token=""
for _ in $(seq 1 100); do
    token=$(NOMO_DATA_DIR="$scratch/daemon" "$here/build/bin/nomo-daemon" device-token --merchant "$store" --name bench 2>/dev/null \
            | python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())["access_token"])' 2>/dev/null) && break
    sleep 0.1
done
[ -n "$token" ] || { echo "no console token" >&2; exit 1; }
api() { curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' "$@"; }
expiry=$(date -d '+60 days' +%F)

printf '%-8s %10s %10s %10s\n' codes queued_ms synced_ms codes_ms
for size in $sizes; do
    body="{\"code\":\"CAMP$size\",\"type\":\"percentage\",\"amount\":15,\"free_shipping\":false,\"exclude_sale_products\":false,\
\"expiry_date\":\"$expiry\",\"is_group\":true,\"group_coupons_count\":$size,\"group_name\":\"bench $size\"}"
    since=$(api "http://127.0.0.1:$port/api/v1/changes?since=0&limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["last_seq"])')
    start=$(now_ms)
    id=$(api -X POST "http://127.0.0.1:$port/api/v1/coupons" -d "$body" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
    queued=$(($(now_ms) - start))
    # The console's sync: pages of the change feed until the coupon comes back synced.
    while :; do
        state=$(api "http://127.0.0.1:$port/api/v1/changes?since=$since" | python3 -c "
import json,sys
page=json.load(sys.stdin)
s=[c['payload'].get('sync',{}).get('state') for c in page['changes'] if c['entity']=='coupon' and c['entity_id']=='$id']
print((s[-1] if s else '') + ' ' + str(page['next_since']))")
        since=${state#* }
        [ "${state% *}" = synced ] && break
        sleep 0.01
    done
    synced=$(($(now_ms) - start))
    count=$(api "http://127.0.0.1:$port/api/v1/coupons/$id/codes" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["codes"]))')
    codes=$(($(now_ms) - start))
    [ "$count" = "$size" ] || { echo "got $count codes of $size" >&2; exit 1; }
    printf '%-8s %10s %10s %10s\n' "$size" "$queued" "$synced" "$codes"
done
