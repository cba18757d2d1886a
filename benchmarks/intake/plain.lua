-- wrk script for GET endpoints: prints the same RESULT line as intake.lua.
function done(summary, latency, requests)
    io.write(string.format("RESULT requests=%d errors=%d p50_us=%d p99_us=%d duration_us=%d\n",
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        latency:percentile(50), latency:percentile(99), summary.duration))
end
