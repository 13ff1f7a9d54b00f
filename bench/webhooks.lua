-- wrk script for the payments benchmark: POSTs the signed Stripe events listed in WRK_EVENTS, one per line as
-- "<Stripe-Signature>\t<JSON body>", each once in turn across threads (each thread starts at its own offset), and
-- reports p50/p95 as percentiles.lua does.
local events = {}
local file = io.open(os.getenv("WRK_EVENTS"))
for line in file:lines() do
  local tab = line:find("\t", 1, true)
  events[#events + 1] = { signature = line:sub(1, tab - 1), body = line:sub(tab + 1) }
end
file:close()

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("first", threads)
end

local count = 0
function init(args)
  stride = tonumber(os.getenv("WRK_THREADS") or "16")
end

function request()
  local i = ((first or 1) - 1) + count * stride
  count = count + 1
  local event = events[i % #events + 1]
  return wrk.format("POST", "/api/v1/payments/webhooks/stripe",
    { ["Content-Type"] = "application/json", ["Stripe-Signature"] = event.signature }, event.body)
end

function done(summary, latency, requests)
  io.write(string.format("P95_MS %.3f\n", latency:percentile(95) / 1000))
  io.write(string.format("P50_MS %.3f\n", latency:percentile(50) / 1000))
end
