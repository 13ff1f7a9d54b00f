-- Paces wrk: each connection waits a random, exponentially distributed time before each request, so all connections
-- together offer PACED_RATE requests/s in total and arrive independently (fixed ticks would send bursts of 64 at once).
-- Used by gateway_overhead.py to measure per-request latency below saturation.
local connections = tonumber(os.getenv("PACED_CONNECTIONS") or "64")
local mean_ms = connections * 1000 / tonumber(os.getenv("PACED_RATE"))

function setup(thread)
  thread:set("seed", math.random(1, 2 ^ 30))
end

function init()
  math.randomseed(seed)
end

function delay()
  return -mean_ms * math.log(1 - math.random())
end
