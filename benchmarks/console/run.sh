#!/usr/bin/env bash
# Console cold start: a cache of 100,000 orders and 1,000,000 page views, then process
# start -> first paint of the dashboard (offscreen), and peak memory (VmHWM).
#   benchmarks/console/run.sh [build dir] [runs]
set -euo pipefail
BUILD=${1:-build}
RUNS=${2:-10}
CONSOLE="$BUILD/bin/nomo-console"
DATA=$(mktemp -d -t nomo-console-bench.XXXXXX)
trap 'rm -rf "$DATA"' EXIT
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$DATA/runtime}
mkdir -p -m 700 "$XDG_RUNTIME_DIR"

start=$(date +%s.%N)
"$CONSOLE" --data-dir "$DATA" --seed-demo 100000,1000000 2>/dev/null
end=$(date +%s.%N)
echo "seeded 100000 orders + 1000000 page views in $(echo "$end - $start" | bc) s; cache $(du -h "$DATA"/console-cache.sqlite | cut -f1)"

# First run warms the page cache like any second launch of the day would; all runs printed.
for i in $(seq 1 "$RUNS"); do
    "$CONSOLE" --data-dir "$DATA" --exit-after-paint 2>/dev/null
done

# The whole process, exec to exit, including loading Qt before main() (hyperfine).
if command -v hyperfine >/dev/null; then
    EMPTY="$DATA/empty"
    mkdir -p "$EMPTY"
    hyperfine --warmup 2 --runs "$RUNS" -N \
        "$CONSOLE --data-dir $DATA --exit-after-paint" \
        "$CONSOLE --data-dir $EMPTY --exit-after-paint"
fi
