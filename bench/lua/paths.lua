-- wrk script shared by every scenario of bench/load.sh.
--   PATHS   file with one request path per line; each connection walks the list from its own offset,
--           so a run mixes the pages instead of hammering one.
--   COOKIE  optional Cookie header (the signed-in scenarios pass the session cookie).
-- Any answer other than 2xx counts as an error: every path in the lists answers 200 directly, so a
-- redirect means the session was lost (to /login) and a 4xx/5xx is a failure. wrk itself counts only
-- status >= 400, hence the own counter.
-- done() prints one machine-readable line that load.sh turns into the table.

local paths = {}
for line in io.lines(os.getenv("PATHS")) do
  if line ~= "" and line:sub(1, 1) ~= "#" then
    paths[#paths + 1] = line
  end
end

local cookie = os.getenv("COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
wrk.headers["Accept"] = "text/html,application/json"

local threads = {}
local counter = 1

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

function init(args)
  index = offset
  unexpected = 0
  statuses = {}
end

function request()
  local path = paths[(index % #paths) + 1]
  index = index + 1
  return wrk.format("GET", path)
end

function response(status, headers, body)
  if status < 200 or status >= 300 then
    unexpected = unexpected + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local bad = 0
  local seen = {}
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("unexpected")
    for status, n in pairs(thread:get("statuses")) do
      seen[status] = (seen[status] or 0) + n
    end
  end
  local codes = ""
  for status, n in pairs(seen) do
    codes = codes .. status .. "x" .. n .. " "
  end
  local e = summary.errors
  io.write(string.format(
    "BENCH requests=%d seconds=%.2f rps=%.1f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f non2xx=%d socket=%d timeouts=%d codes=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    bad, e.connect + e.read + e.write, e.timeout, codes == "" and "-" or codes))
end
