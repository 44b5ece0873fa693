local print_result = dofile("bench/result.lua")
-- wrk script: every request carries the session cookie of BENCH_COOKIE_FILE and goes to a path picked at random
-- from BENCH_PATHS_FILE (one a line). wrk counts an answer of 400 or more as an error (not a 3xx: run.sh checks
-- the first path's status before the run). Prints: RESULT req/s p50 p95 p99 (ms) errors requests.
local function lines(name)
  local t = {}
  for l in io.lines(name) do if #l > 0 then t[#t + 1] = l end end
  return t
end
local paths = lines(os.getenv("BENCH_PATHS_FILE"))
local f = io.open(os.getenv("BENCH_COOKIE_FILE"))
local cookie = f and f:read("*a") or ""
if f then f:close() end

request = function()
  local headers = {}
  if #cookie > 0 then headers["Cookie"] = cookie end
  return wrk.format("GET", paths[math.random(#paths)], headers)
end

done = function(summary, latency, requests)
  print_result(summary, latency)
end
