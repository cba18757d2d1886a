#!/usr/bin/env bash
# An OTP while a broadcast drains (issue "Notifications and automations end to end"):
# the real daemon is sending N due marketing emails to the loopback SMTP double when
# Salla's signed communication.sms.send arrives; measured, the time from the webhook's
# 200 to the SMS gateway double holding the request, and how much of the broadcast was
# still waiting then. Runs `times` OTPs, one a second, during one drain.
# Usage: benchmarks/messages/otp.sh [broadcast size, default 10000] [OTPs, default 5]
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
count=${1:-10000}
times=${2:-5}
"$here/scripts/setup" >/dev/null
cmake --build "$here/build" -j2 --target nomo-daemon nomo-salla-sim >/dev/null

/usr/bin/python3 "$here/tests/doubles/sms/sms_double.py" "$scratch/sms" otp-key >"$scratch/sms.out" 2>"$scratch/sms.err" &
pids+=($!)
for _ in $(seq 1 100); do grep -q '"port"' "$scratch/sms.out" 2>/dev/null && break; sleep 0.1; done
sms_port=$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$scratch/sms.out")
start_sink "$scratch/outbox"
smtp_port=$sink_port
start_stack "$smtp_port" 2 NOMO_SMS_TAQNYAT_URL="http://127.0.0.1:$sms_port"
curl -fsS -X PUT "http://127.0.0.1:$port/api/v1/features/notifications" -H "Authorization: Bearer $token" -H 'If-Match: "0"' \
    -H 'Content-Type: application/json' \
    -d '{"enabled": true, "settings": {"sms": true, "sms_provider": "taqnyat", "sms_sender": "NomoStr", "messages_per_day": 10,
         "second_reminder_hours": 0, "quiet_hours_start": 0, "quiet_hours_end": 0}, "secrets": {"sms_api_key": "otp-key"}}' >/dev/null
seed_due_emails "$count" broadcast
for _ in $(seq 1 500); do [ "$(count_at "$scratch/outbox")" -ge 100 ] && break; sleep 0.02; done

results=()
for i in $(seq 1 "$times"); do
    body="{\"event\":\"communication.sms.send\",\"merchant\":$store,\"created_at\":\"2026-12-01T12:00:0${i}Z\",\"data\":{\"notifiable\":[\"+9665012345${i}0\"],\"type\":\"auth.otp.verification\",\"content\":\"رمز التحقق: 70${i}2\",\"entity\":null,\"locale\":\"ar\",\"meta\":{\"code\":\"70${i}2\"}}}"
    signature=$(printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret" | sed 's/^.* //')
    before=$( (cat "$scratch/sms/requests.jsonl" 2>/dev/null || true) | wc -l)
    curl -fsS -X POST "http://127.0.0.1:$port/webhooks/salla" -H 'Content-Type: application/json' \
        -H 'X-Salla-Security-Strategy: Signature' -H "X-Salla-Signature: $signature" --data-binary "$body" >/dev/null
    answered=$(now_ms)
    for _ in $(seq 1 1000); do [ "$( (cat "$scratch/sms/requests.jsonl" 2>/dev/null || true) | wc -l)" -gt "$before" ] && break; sleep 0.005; done
    arrived=$(now_ms)
    waiting=$(sqlite3 "$db" ".timeout 5000" "SELECT COUNT(*) FROM messages WHERE automation = 'broadcast' AND status = 'scheduled'")
    results+=("{\"otp_ms\": $((arrived - answered)), \"broadcast_waiting\": $waiting}")
    sleep 1
done
echo "[$(IFS=,; echo "${results[*]}")]"
