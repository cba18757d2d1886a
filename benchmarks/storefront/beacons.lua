-- wrk script: POSTs storefront beacons to PATH (/s/{store}/collect or a no-op path),
-- as a shopper's browser sends them (text/plain, the store's Origin), each from one
-- of SHOPPERS user agents so the visits are many visitors, not one. Prints RESULT.
local requests = {}
local next_index = 0

function init(args)
    local path = os.getenv("BEACON_PATH")
    local origin = os.getenv("BEACON_ORIGIN")
    local shoppers = tonumber(os.getenv("SHOPPERS") or "1000")
    local pages = { "/", "/oud/p1562093847", "/category/perfumes", "/p1562093848", "/cart" }
    for i = 1, shoppers do
        local page = pages[(i % #pages) + 1]
        local body = string.format('{"lang":"ar","referrer":"https://www.google.com/","utm_source":"instagram","events":[{"type":"pageview","path":"%s"}]}', page)
        requests[#requests + 1] = wrk.format("POST", path, {
            ["Content-Type"] = "text/plain;charset=UTF-8",
            ["Origin"] = origin,
            ["User-Agent"] = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 Version/17.4 Mobile Safari/604.1 shopper-" .. i,
        }, body)
    end
end

function request()
    next_index = next_index % #requests + 1
    return requests[next_index]
end

function done(summary, latency, requests)
    io.write(string.format("RESULT requests=%d errors=%d non2xx=%d p50_us=%d p99_us=%d duration_us=%d\n",
        summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
        summary.errors.status, latency:percentile(50), latency:percentile(99), summary.duration))
end
