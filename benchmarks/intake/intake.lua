-- wrk script: POSTs pre-signed webhook bodies, each once, in order.
-- BODIES names the file written by make_bodies.py; TARGET the path (default
-- /webhooks/salla; the benchmark build's /bench/noop for the ceiling); SECRET_WRONG=1
-- spoils every signature (the 401 path); DELAY_MS paces each connection (a steady
-- stream: connections × 1000 / DELAY_MS requests a second at most); STRIDE and OFFSET
-- split the bodies between several wrk processes (process k of n: OFFSET=k, STRIDE=n),
-- so that no two send the same delivery.
local requests = {}
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local stride = tonumber(os.getenv("STRIDE") or "1")
local next_index = tonumber(os.getenv("OFFSET") or "0") + 1 - stride

function init(args)
    local path = os.getenv("BODIES")
    local target = os.getenv("TARGET") or "/webhooks/salla"
    local wrong = os.getenv("SECRET_WRONG") == "1"
    for line in io.lines(path) do
        local signature, body = line:match("^(%x+) (.*)$")
        if wrong then
            signature = string.rep("0", #signature)
        end
        requests[#requests + 1] = wrk.format("POST", target, {
            ["Content-Type"] = "application/json",
            ["X-Salla-Security-Strategy"] = "Signature",
            ["X-Salla-Signature"] = signature,
        }, body)
    end
end

function delay()
    return delay_ms
end

function request()
    next_index = next_index + stride
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
