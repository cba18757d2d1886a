# Shared by the message benchmarks (sourced): a scratch folder cleaned on exit, the
# loopback SMTP double (STARTTLS + AUTH, --count-only), and the daemon on SQLite with
# the Salla simulator, one store installed and a console token for it.
# After start_stack: $port, $sim_port, $store, $token, $db.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
now_ms() { date +%s%3N; }
count_at() { cat "$1/count" 2>/dev/null || echo 0; }
secret=bench-webhook-secret

openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout "$scratch/key.pem" -out "$scratch/cert.pem" \
    -days 2 -subj /CN=localhost -addext subjectAltName=DNS:localhost,IP:127.0.0.1 2>/dev/null

# start_sink FOLDER: sets $sink_port. Not to be called in $(…): the sink's pid must
# reach this shell's $pids, or the cleanup leaves it running.
start_sink() {
    /usr/bin/python3 "$here/tests/doubles/smtp/smtp_sink.py" "$1" --tls "$scratch/cert.pem" "$scratch/key.pem" \
        --auth bench:relay-secret --count-only >"$1.out" 2>"$1.err" &
    pids+=($!)
    for _ in $(seq 1 100); do grep -q '"port"' "$1.out" 2>/dev/null && break; sleep 0.1; done
    sink_port=$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$1.out")
}

# start_stack SMTP_PORT CONNECTIONS [NAME=VALUE ...]: the daemon's environment beyond the defaults.
start_stack() {
    local smtp_port=$1 connections=$2
    shift 2
    sim_port=$(free_port)
    port=$(free_port)
    "$here/build/bin/nomo-salla-sim" --port "$sim_port" --data-dir "$scratch/sim" --webhook-secret "$secret" \
        --webhook-url "http://127.0.0.1:$port/webhooks/salla" >"$scratch/sim.out" 2>"$scratch/sim.err" &
    pids+=($!)
    env NOMO_DATA_DIR="$scratch/daemon" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_SALLA_WEBHOOK_SECRET="$secret" \
        NOMO_SALLA_API_URL="http://127.0.0.1:$sim_port/admin/v2" NOMO_SALLA_ACCOUNTS_URL="http://127.0.0.1:$sim_port" \
        NOMO_SALLA_CLIENT_ID=nomo-sim-client NOMO_SALLA_CLIENT_SECRET=nomo-sim-client-secret \
        NOMO_MAIL_SMTP_HOST=127.0.0.1 NOMO_MAIL_SMTP_PORT="$smtp_port" NOMO_MAIL_SMTP_CA_FILE="$scratch/cert.pem" \
        NOMO_MAIL_SMTP_USERNAME=bench NOMO_MAIL_SMTP_PASSWORD=relay-secret NOMO_MAIL_SMTP_CONNECTIONS="$connections" \
        NOMO_MAIL_FROM=messages@nomo.bench NOMO_LOG_RULES="nomo.*.info=false" "$@" \
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
    db="$scratch/daemon/nomo.db"
}

# seed_due_emails COUNT AUTOMATION: COUNT shoppers, each with a cart and an email due now with its send job.
seed_due_emails() {
    local count=$1 automation=$2
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
SELECT $store, '$automation', 'email', 'ar', 1, c.customer_id, c.id, cu.email, 0, 'scheduled', 0, 'bench:' || c.id, 0, 0
FROM abandoned_carts c JOIN customers cu ON cu.id = c.customer_id WHERE c.salla_id BETWEEN 900000001 AND 900000000 + $count;
INSERT INTO jobs (kind, merchant_id, unique_key, payload, status, run_at, attempts, max_attempts, created_at, updated_at)
SELECT 'message.send', $store, 'bench:' || id, '{"message_id":' || id || '}', 'pending', 0, 0, 12, 0, 0
FROM messages WHERE idempotency_key LIKE 'bench:%';
COMMIT;
SQL
}
