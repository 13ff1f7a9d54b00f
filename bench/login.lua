-- wrk script: many people signing in at once, each thread (one connection) as its own account, as a classroom does.
-- Start wrk with as many threads as connections and as many accounts (LOGIN_ACCOUNTS: one email a line) as threads.
local threads = {}
local emails = {}

function setup(thread)
  if #emails == 0 then
    for line in io.lines(os.getenv("LOGIN_ACCOUNTS")) do emails[#emails + 1] = line end
  end
  table.insert(threads, thread)
  thread:set("email", emails[#threads])
  thread:set("password", os.getenv("LOGIN_PASSWORD"))
  thread:set("refused", 0)
end

function request()
  return wrk.format("POST", "/api/v1/auth/login", { ["Content-Type"] = "application/json" },
    '{"email":"' .. email .. '","password":"' .. password .. '"}')
end

function response(status, headers, body)
  if status ~= 200 then refused = refused + 1 end
end

function done(summary, latency, requests)
  local refused = 0
  for _, thread in ipairs(threads) do refused = refused + thread:get("refused") end
  local seconds = summary.duration / 1e6
  io.write(string.format("login: %d requests, %d non-200, %.2f signed in/s, p50 %.0f ms, p95 %.0f ms\n",
    summary.requests, refused, (summary.requests - refused) / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000))
end
