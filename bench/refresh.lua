-- wrk script: each thread (one connection) holds its own refresh-token family and rotates it on every request,
-- as a browser tab does. Start wrk with as many threads as connections and as many tokens as threads.
local threads = {}
local tokens = {}

function setup(thread)
  if #tokens == 0 then
    for line in io.lines(os.getenv("REFRESH_TOKENS")) do tokens[#tokens + 1] = line end
  end
  table.insert(threads, thread)
  thread:set("token", tokens[#threads])
  thread:set("failures", 0)
end

function request()
  return wrk.format("POST", "/api/v1/auth/refresh", { ["Cookie"] = "har_refresh=" .. token }, "")
end

function response(status, headers, body)
  local cookie = headers["Set-Cookie"] or headers["set-cookie"]
  if cookie then
    token = string.match(cookie, "har_refresh=([^;]+)") or token
  end
  if status ~= 200 then failures = failures + 1 end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do failed = failed + thread:get("failures") end
  io.write(string.format("refresh: %d requests, %d non-200, %.1f req/s, p50 %.2f ms, p95 %.2f ms, p99 %.2f ms\n",
    summary.requests, failed, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
