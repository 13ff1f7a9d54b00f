-- wrk script: reports the 95th percentile (wrk's --latency stops at 50/75/90/99), and optionally spreads requests over
-- the paths listed in the file WRK_PATHS (one per line, in turn) and sends a body (WRK_METHOD, WRK_BODY, one per
-- path when WRK_BODIES names a file with one body per line). Authorization comes from WRK_TOKENS (one per line, in turn).
local paths, bodies, tokens = {}, {}, {}
local function lines(name)
  local list = {}
  local file = name and io.open(name)
  if file then
    for line in file:lines() do list[#list + 1] = line end
    file:close()
  end
  return list
end

paths = lines(os.getenv("WRK_PATHS"))
bodies = lines(os.getenv("WRK_BODIES"))
tokens = lines(os.getenv("WRK_TOKENS"))
local method = os.getenv("WRK_METHOD") or "GET"
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("offset", counter * 7919)
end

local index = 0
function request()
  index = index + 1
  local i = (index + (offset or 0))
  local path = #paths > 0 and paths[i % #paths + 1] or wrk.path
  local headers = { ["Content-Type"] = "application/json" }
  if #tokens > 0 then headers["Authorization"] = "Bearer " .. tokens[i % #tokens + 1] end
  local body = #bodies > 0 and bodies[i % #bodies + 1] or nil
  return wrk.format(method, path, headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("P95_MS %.3f\n", latency:percentile(95) / 1000))
  io.write(string.format("P50_MS %.3f\n", latency:percentile(50) / 1000))
end
