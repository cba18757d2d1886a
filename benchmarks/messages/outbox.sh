#!/usr/bin/env bash
# Outbox throughput by email (issue "Notifications and automations end to end"): the
# real daemon on SQLite sends N due abandoned-cart reminders through its outbox
# (message.send jobs: consent, allowance, template, tracked links, compose, libcurl
# SMTP with STARTTLS + AUTH over kept connections) to the loopback SMTP double, and
# beside it the double's own ceiling in the same run: a client that only sends
# (benchmarks/messages/MailCeilingBench.cpp, the same transport, no outbox).
# The double runs --count-only, so its own work costs the least it can.
# Usage: benchmarks/messages/outbox.sh [messages, default 3000] [smtp connections, default 4]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count=${1:-3000}
connections=${2:-4}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-salla-sim nomo-bench-mail-ceiling >/dev/null

# 1. The ceiling: the transport alone.
start_sink "$scratch/ceiling"
ceiling_port=$sink_port
ceiling=$("$here/build/bin/nomo-bench-mail-ceiling" "$ceiling_port" "$scratch/cert.pem" bench relay-secret "$count" "$connections")

# 2. The outbox: the daemon, one store, N shoppers each with a cart and a reminder due now.
start_sink "$scratch/outbox"
smtp_port=$sink_port
start_stack "$smtp_port" "$connections"
curl -fsS -X PUT "http://127.0.0.1:$port/api/v1/features/notifications" -H "Authorization: Bearer $token" -H 'If-Match: "0"' \
    -H 'Content-Type: application/json' \
    -d '{"enabled": true, "settings": {"second_reminder_hours": 0, "quiet_hours_start": 0, "quiet_hours_end": 0}}' >/dev/null
# One cart through Salla's webhook, for a real customer and cart to copy.
curl -fsS -X POST "http://127.0.0.1:$sim_port/_sim/events" -d "{\"store_id\": $store, \"event\": \"abandoned.cart\"}" >/dev/null
for _ in $(seq 1 200); do [ "$(count_at "$scratch/outbox")" -ge 1 ] && break; sleep 0.05; done
[ "$(count_at "$scratch/outbox")" -ge 1 ] || { echo "outbox: the first reminder did not arrive" >&2; tail -5 "$scratch/daemon.err" >&2; exit 1; }

seed_due_emails "$count" abandoned_cart
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
seconds=$(echo "scale=3; ($end - $start) / 1000" | bc)
rate=$(echo "scale=1; $got / (($end - $start) / 1000)" | bc)
ceiling_rate=$(echo "$ceiling" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)["per_second"], 1))')
ratio=$(echo "scale=2; $rate / $ceiling_rate" | bc)
echo "{\"messages\": $got, \"not_sent\": $failed, \"seconds\": $seconds, \"per_second\": $rate, \"ceiling_per_second\": $ceiling_rate, \"ratio\": $ratio, \"connections\": $connections}"
