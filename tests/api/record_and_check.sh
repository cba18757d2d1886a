#!/usr/bin/env bash
# Runs the console API tests with their answers recorded, then checks every answer
# against the OpenAPI document (tests/api/responses.js).
# Usage: record_and_check.sh <nomo_daemon_tests> <openapi.yaml>
set -euo pipefail
tests=$1
document=$2
record=$(mktemp /tmp/nomo-api-answers.XXXXXX.jsonl)
trap 'rm -f "$record"' EXIT
NOMO_API_RECORD=$record QT_QPA_PLATFORM=offscreen "$tests" \
    --gtest_filter='Engines/ConsoleApiTest.*/Sqlite:Engines/FeatureSecretsTest.*/Sqlite:RequestPipelineTest.*:CouponSyncTest.*:BroadcastsTest.*:SallaMessagesTest.ASendTest*:StorefrontSubscribeTest.*' >/dev/null
node "$(dirname "$0")/responses.js" "$document" "$record"
