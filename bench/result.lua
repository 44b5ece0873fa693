-- The result line both wrk scripts print at the end of a run (read by bench/run.sh and bench/table.py):
-- RESULT req/s p50 p95 p99 errors requests, latencies in ms.
return function(summary, latency)
  local e = summary.errors
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
      e.connect + e.read + e.write + e.timeout + e.status, summary.requests))
end
