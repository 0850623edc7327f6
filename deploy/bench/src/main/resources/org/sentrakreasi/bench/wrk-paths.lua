-- wrk script written by org.sentrakreasi.bench.WrkLoad: each connection cycles through the paths.
-- The Java side replaces the PATHS line with the encoded request paths and ACCEPT with the Accept header.
local paths = {
--PATHS--
}

local counter = 0

-- Threads start at different paths, so that 2 threads do not send the same query in lockstep.
-- thread:set makes start_at a global of that thread's script.
local thread_count = 0
local threads = {}
function setup(thread)
   thread:set("start_at", thread_count * 7)
   thread_count = thread_count + 1
   threads[#threads + 1] = thread
end

-- Formatted once per thread rather than per request: wrk shares the 2 cores with the server.
local formatted = {}
local function format_all(cookie)
   local headers = { ["Accept"] = "--ACCEPT--" }
   if cookie then
      headers["Cookie"] = cookie
   end
   for i, path in ipairs(paths) do
      formatted[i] = wrk.format("GET", path, headers)
   end
end

function init(args)
   format_all(nil)
end

function request()
   local next_request = formatted[((counter + (start_at or 0)) % #formatted) + 1]
   counter = counter + 1
   return next_request
end

-- A thread keeps the first session cookie it is given and sends it from then on, as a browser
-- does: pages open a session for the cart, and a new session per request would measure session
-- creation and fill the server's memory with sessions no visitor has.
local session_cookie = nil
local function keep_session(headers)
   if session_cookie then
      return
   end
   local set_cookie = headers["Set-Cookie"] or headers["set-cookie"]
   if set_cookie then
      session_cookie = string.match(set_cookie, "^([^;]+)")
      format_all(session_cookie)
   end
end

-- The engine's own time of every answer (Server-Timing), to set beside wrk's latency of the same
-- requests: the API's overhead, measured without a client's own costs.
-- The whole search call in the application too: the engine and reaching it.
engine_ms = {}
search_ms = {}
function response(status, headers, body)
   keep_session(headers)
   local timing = headers["Server-Timing"] or headers["server-timing"]
   if timing then
      local duration = string.match(timing, "engine;dur=([%d%.]+)")
      if duration then
         engine_ms[#engine_ms + 1] = tonumber(duration)
      end
      local search = string.match(timing, "search;dur=([%d%.]+)")
      if search then
         search_ms[#search_ms + 1] = tonumber(search)
      end
   end
end

-- Nearest rank, as the Java side computes its percentiles.
local function rank(sorted, percent)
   local index = math.ceil(percent / 100 * #sorted)
   return sorted[math.max(index, 1)]
end

-- Machine-readable lines; latencies in microseconds as wrk measures them.
local function write_durations(label, name)
   local all = {}
   for _, thread in ipairs(threads) do
      for _, duration in ipairs(thread:get(name) or {}) do
         all[#all + 1] = duration
      end
   end
   if #all > 0 then
      table.sort(all)
      io.write(string.format("%s count=%d p50_us=%d p95_us=%d p99_us=%d\n", label, #all,
            math.floor(rank(all, 50) * 1000), math.floor(rank(all, 95) * 1000),
            math.floor(rank(all, 99) * 1000)))
   end
end

function done(summary, latency, requests)
   write_durations("BENCH_ENGINE", "engine_ms")
   write_durations("BENCH_SEARCH", "search_ms")
   local errors = summary.errors.connect + summary.errors.read + summary.errors.write
         + summary.errors.status + summary.errors.timeout
   io.write(string.format(
         "BENCH_RESULT p50_us=%d p95_us=%d p99_us=%d requests=%d duration_us=%d errors=%d non2xx=%d rps=%.2f\n",
         math.floor(latency:percentile(50)), math.floor(latency:percentile(95)),
         math.floor(latency:percentile(99)), summary.requests, summary.duration, errors, summary.errors.status,
         summary.requests / (summary.duration / 1000000)))
end
