#!/usr/bin/env bash
# Outbox throughput by email (issue "Notifications and automations end to end"): the
# real daemon on SQLite sends N due abandoned-cart reminders through its outbox
# (message.send jobs: consent, allowance, template, tracked links, compose, libcurl
# SMTP with STARTTLS + AUTH over kept connections) to the loopback SMTP double, and
# beside it the double's own ceiling in the same run: a client that only sends
# (benchmarks/messages/MailCeilingBench.cpp, the same transport, no outbox).
# The double runs --count-only, so its own work costs the least it can.
# Usage: benchmarks/messages/outbox.sh [messages, default 3000] [smtp connections, default 4]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
count=${1:-3000}
connections=${2:-4}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-salla-sim nomo-bench-mail-ceiling >/dev/null

scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
count_at() { cat "$1/count" 2>/dev/null || echo 0; }

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$scratch/key.pem" -out "$scratch/cert.pem" \
    -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null
start_sink() { # folder -> port
    /usr/bin/python3 "$here/tests/doubles/smtp/smtp_sink.py" "$1" --tls "$scratch/cert.pem" "$scratch/key.pem" \
        --auth bench:relay-secret --count-only >"$1.out" 2>"$1.err" &
    pids+=($!)
    for _ in $(seq 1 100); do grep -q '"port"' "$1.out" 2>/dev/null && break; sleep 0.1; done
    sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$1.out"
}

# 1. The ceiling: the transport alone.
ceiling_port=$(start_sink "$scratch/ceiling")
ceiling=$("$here/build/bin/nomo-bench-mail-ceiling" "$ceiling_port" "$scratch/cert.pem" bench relay-secret "$count" "$connections")

# 2. The outbox: the daemon, one store, N shoppers each with a cart and a reminder due now.
smtp_port=$(start_sink "$scratch/outbox")
sim_port=$(free_port)
port=$(free_port)
secret=bench-webhook-secret
"$here/build/bin/nomo-salla-sim" --port "$sim_port" --data-dir "$scratch/sim" --webhook-secret "$secret" \
    --webhook-url "http://127.0.0.1:$port/webhooks/salla" >"$scratch/sim.out" 2>"$scratch/sim.err" &
pids+=($!)
NOMO_DATA_DIR="$scratch/daemon" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_SALLA_WEBHOOK_SECRET="$secret" \
    NOMO_SALLA_API_URL="http://127.0.0.1:$sim_port/admin/v2" NOMO_SALLA_ACCOUNTS_URL="http://127.0.0.1:$sim_port" \
    NOMO_SALLA_CLIENT_ID=nomo-sim-client NOMO_SALLA_CLIENT_SECRET=nomo-sim-client-secret \
    NOMO_MAIL_SMTP_HOST=127.0.0.1 NOMO_MAIL_SMTP_PORT="$smtp_port" NOMO_MAIL_SMTP_CA_FILE="$scratch/cert.pem" \
    NOMO_MAIL_SMTP_USERNAME=bench NOMO_MAIL_SMTP_PASSWORD=relay-secret NOMO_MAIL_SMTP_CONNECTIONS="$connections" \
    NOMO_MAIL_FROM=messages@nomo.bench NOMO_LOG_RULES="nomo.*.info=false" \
    "$here/build/bin/nomo-daemon" >"$scratch/daemon.out" 2>"$scratch/daemon.err" &
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
curl -fsS -X PUT "http://127.0.0.1:$port/api/v1/features/notifications" -H "Authorization: Bearer $token" -H 'If-Match: "0"' \
    -H 'Content-Type: application/json' \
    -d '{"enabled": true, "settings": {"second_reminder_hours": 0, "quiet_hours_start": 0, "quiet_hours_end": 0}}' >/dev/null
# One cart through Salla's webhook, for a real customer and cart to copy.
curl -fsS -X POST "http://127.0.0.1:$sim_port/_sim/events" -d "{\"store_id\": $store, \"event\": \"abandoned.cart\"}" >/dev/null
for _ in $(seq 1 200); do [ "$(count_at "$scratch/outbox")" -ge 1 ] && break; sleep 0.05; done
[ "$(count_at "$scratch/outbox")" -ge 1 ] || { echo "outbox: the first reminder did not arrive" >&2; tail -5 "$scratch/daemon.err" >&2; exit 1; }

# N more shoppers, carts, reminders and their send jobs, due now, in one transaction.
db="$scratch/daemon/nomo.db"
sqlite3 "$db" <<SQL
.timeout 10000
BEGIN IMMEDIATE;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $count)
INSERT INTO customers (merchant_id, salla_id, first_name, last_name, email, mobile, created_at, updated_at)
SELECT $store, 900000000 + i, 'سارة', 'الغامدي', 'shopper' || i || '@example.com', '+9665600' || i, 0, 0 FROM n;
INSERT INTO abandoned_carts (merchant_id, salla_id, customer_id, total_halalas, checkout_url, status, abandoned_at, created_at, updated_at, items)
SELECT $store, salla_id, id, 47725, 'https://salla.sa/bench/checkout/' || salla_id, 'abandoned', 0, 0, 0, '[{"product_id":1,"quantity":2}]'
FROM customers WHERE salla_id BETWEEN 900000001 AND 900000000 + $count;
INSERT INTO messages (merchant_id, automation, channel, language, marketing, customer_id, cart_id, recipient, step, status, due_at,
                      idempotency_key, created_at, updated_at)
SELECT $store, 'abandoned_cart', 'email', 'ar', 1, c.customer_id, c.id, cu.email, 0, 'scheduled', 0, 'bench:' || c.id, 0, 0
FROM abandoned_carts c JOIN customers cu ON cu.id = c.customer_id WHERE c.salla_id BETWEEN 900000001 AND 900000000 + $count;
INSERT INTO jobs (kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts, created_at, updated_at)
SELECT 'message.send', $store, 'bench:' || id, '{"message_id":' || id || '}', 'pending', 0, 0, 12, 0, 0
FROM messages WHERE idempotency_key LIKE 'bench:%';
COMMIT;
SQL
start=$(now_ms)
target=$((count + 1))
for _ in $(seq 1 6000); do [ "$(count_at "$scratch/outbox")" -ge "$target" ] && break; sleep 0.02; done
end=$(now_ms)
got=$(($(count_at "$scratch/outbox") - 1))
# The double counts a message before the daemon reads its 250: give the last marks a moment.
for _ in $(seq 1 100); do
    failed=$(sqlite3 "$db" ".timeout 5000" "SELECT COUNT(*) FROM messages WHERE status <> 'sent'")
    [ "$failed" -eq 0 ] && break
    sleep 0.05
done
sqlite3 "$db" ".timeout 5000" "SELECT id, status, reason FROM messages WHERE status <> 'sent'" >&2
sqlite3 "$db" ".timeout 5000" "SELECT outcome, COUNT(*) FROM message_attempts GROUP BY outcome" >&2
sqlite3 "$db" ".timeout 5000" "SELECT customer_id, COUNT(*) FROM messages GROUP BY customer_id HAVING COUNT(*) > 1" >&2
seconds=$(echo "scale=3; ($end - $start) / 1000" | bc)
rate=$(echo "scale=1; $got / (($end - $start) / 1000)" | bc)
ceiling_rate=$(echo "$ceiling" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["per_second"], 1))')
ratio=$(echo "scale=2; $rate / $ceiling_rate" | bc)
echo "{\"messages\": $got, \"not_sent\": $failed, \"seconds\": $seconds, \"per_second\": $rate, \"ceiling_per_second\": $ceiling_rate, \"ratio\": $ratio, \"connections\": $connections}"
