-- wrk script: POSTs pre-signed webhook bodies, each once, in order, to /webhooks/salla.
-- BODIES names the file written by make_bodies.py.
local requests = {}
local next_index = 0

function init(args)
    local path = os.getenv("BODIES")
    for line in io.lines(path) do
        local signature, body = line:match("^(%x+) (.*)$")
        requests[#requests + 1] = wrk.format("POST", "/webhooks/salla", {
            ["Content-Type"] = "application/json",
            ["X-Salla-Security-Strategy"] = "Signature",
            ["X-Salla-Signature"] = signature,
        }, body)
    end
end

function request()
    next_index = next_index + 1
    if next_index > #requests then
        next_index = 1 -- past the end the bodies repeat and become duplicates
    end
    return requests[next_index]
end

function done(summary, latency, requests)
    io.write(string.format("RESULT requests=%d errors=%d p50_us=%d p99_us=%d duration_us=%d\n",
        summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        latency:percentile(50), latency:percentile(99), summary.duration))
end
