#!/usr/bin/env bash
# The console's Reports and Visitors pages over a year of a busy store: a cache seeded
# with 1,000,000 orders and 10,000,000 page views over 365 days (nomo-console --seed-demo, which also
# writes the year's sales and visitor days the daemon would have sent), then each
# report's model opened 20 times beside the same figures from the raw rows
# (nomo-bench-reports prints one JSON line).
#   benchmarks/console/reports.sh [build dir] [orders] [page views]
set -euo pipefail
BUILD=${1:-build}
ORDERS=${2:-1000000}
VIEWS=${3:-10000000}
DATA=$(mktemp -d -t nomo-console-reports.XXXXXX)
trap 'rm -rf "$DATA"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$DATA/runtime}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

start=$(date +%s.%N)
"$BUILD/bin/nomo-console" --data-dir "$DATA" --seed-demo "$ORDERS,$VIEWS,365" 2>/dev/null
end=$(date +%s.%N)
echo "seeded $ORDERS orders + $VIEWS page views in $(echo "$end - $start" | bc) s; cache $(du -h "$DATA"/console-cache.sqlite | cut -f1)"
"$BUILD/bin/nomo-bench-reports" --data-dir "$DATA"
