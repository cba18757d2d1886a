#!/usr/bin/env bash
# Sign-in timing benchmark (issue "Hardening", finding 4): does POST /signin/email take
# longer for a store's email than for a stranger's? Interleaved pairs, each a fresh
# sign-in, from rotating loopback addresses (the per-address limits stay out of the
# way); reports the medians and how often the store's answer was the slower one.
# Usage: benchmarks/signin/run.sh [pairs, default 300]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
pairs=${1:-300}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon >/dev/null

scratch=$(mktemp -d /tmp/nomo-bench.XXXXXX)
pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$scratch"; }
trap cleanup EXIT
port=$(/usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')

# Migrate, then give the database one installed store with an email.
NOMO_DATA_DIR="$scratch" "$here/build/bin/nomo-daemon" migrate >/dev/null 2>&1
now=$(($(date +%s) * 1000))
sqlite3 "$scratch/nomo.db" "INSERT INTO merchants (id, name, email, status, created_at, updated_at)
    VALUES (1001, 'Bench store', 'owner@bench.example', 'active', $now, $now)"

NOMO_DATA_DIR="$scratch" NOMO_HTTP_LISTEN="127.0.0.1:$port" NOMO_CONSOLE_SIGNIN_STARTS_PER_ADDRESS=100000 \
    NOMO_MAIL_SMTP_HOST=127.0.0.1 NOMO_MAIL_SMTP_PORT=9 NOMO_LOG_RULES="nomo.*.info=false" \
    "$here/build/bin/nomo-daemon" >"$scratch/out" 2>"$scratch/err" &
pid=$!
for _ in $(seq 100); do grep -q listening "$scratch/out" 2>/dev/null && break; sleep 0.1; done

python3 "$here/benchmarks/signin/timing.py" "$port" "$pairs"
