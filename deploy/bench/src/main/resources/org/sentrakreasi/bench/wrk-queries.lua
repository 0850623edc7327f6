-- wrk script written by org.sentrakreasi.bench.WrkLoad: each connection cycles through the query set.
-- The Java side replaces the PATHS line with the encoded request paths.
local paths = {
--PATHS--
}

local counter = 0

-- Threads start at different queries, so that 2 threads do not send the same query in lockstep.
-- thread:set makes start_at a global of that thread's script.
local thread_count = 0
function setup(thread)
   thread:set("start_at", thread_count * 7)
   thread_count = thread_count + 1
end

-- Formatted once per thread rather than per request: wrk shares the 2 cores with the server.
local formatted = {}
function init(args)
   for i, path in ipairs(paths) do
      formatted[i] = wrk.format("GET", path, { ["Accept"] = "application/json" })
   end
end

function request()
   local next_request = formatted[((counter + (start_at or 0)) % #formatted) + 1]
   counter = counter + 1
   return next_request
end

-- One machine-readable line; latencies in microseconds as wrk measures them.
function done(summary, latency, requests)
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
         + summary.errors.status + summary.errors.timeout
   io.write(string.format(
         "BENCH_RESULT p50_us=%d p95_us=%d p99_us=%d requests=%d duration_us=%d errors=%d non2xx=%d rps=%.2f\n",
         math.floor(latency:percentile(50)), math.floor(latency:percentile(95)),
         math.floor(latency:percentile(99)), summary.requests, summary.duration, errors, summary.errors.status,
         summary.requests / (summary.duration / 1000000)))
end
