#!/usr/bin/env python3
"""Turns run.sh's result lines into bench/RESULTS.md: one table per database size with the machine, the mixed
scenario's writes, the CSV export and the heap; when both sizes ran, each page's p95 at 1M against 10k; then every
target of issue 14 checked against the measured numbers (met / not met / not measured).

Lines read: `SIZE PAGE req/s p50 p95 p99 errors requests` (the mixed scenario is the page "mixed"),
`SIZE PAGE skipped: why`, `SIZE ready SECONDS`, and `SIZE KIND key=value ...` for KIND writes, generate, export,
portal. Usage: table.py RESULTS CONNECTIONS SECONDS HEAP"""
import platform, subprocess, sys

SMALL, LARGE = "10000", "1000000"
HEAP = "-Xmx256m"
HOMES = ("clerk-home", "requester-home", "approver-home", "sysadmin-home")
FAST = HOMES + ("clerk-queue", "clerk-queue-deep", "clerk-detail")
REPORTS = ("clerk-subject", "clerk-report", "requester-report", "sysadmin-report")

rows, skipped, ready, extra = {}, {}, {}, {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) < 3:
        continue
    size, kind = p[0], p[1]
    if kind == "ready":
        ready[size] = float(p[2])
    elif all("=" in x for x in p[2:]):
        extra.setdefault(size, {})[kind] = dict(x.split("=", 1) for x in p[2:])
    elif len(p) == 8:
        rows.setdefault(size, {})[kind] = dict(zip(("rps", "p50", "p95", "p99", "errors", "requests"),
                                                   map(float, p[2:])))
    else:
        rows.setdefault(size, {})
        skipped.setdefault(size, {})[kind] = " ".join(p[2:])
sizes = sorted(set(rows) | set(extra) | set(ready), key=int)


def sh(cmd):
    r = subprocess.run(cmd, shell=True, capture_output=True, text=True)
    return (r.stdout + r.stderr).strip()


def num(d, key, default=0.0):
    try:
        return float(d.get(key, default))
    except (TypeError, ValueError):
        return default


def fortunes(size):
    f = rows.get(size, {}).get("anonymous-fortunes")
    return f["rps"] if f and f["rps"] > 0 else None


print("# Benchmark results\n")
print("Made by `bench/run.sh` (wrk, %s connections, %s s after a 5 s warm-up; portal with `%s`, embedded MariaDB)."
      % (sys.argv[2], sys.argv[3], sys.argv[4]))
print("\nMachine: %s CPUs (`nproc`), %s; %s; `java -version`: %s\n" % (
    sh("nproc"), sh("free -h | awk '/Mem:/{print $2\" memory\"}'"), platform.platform(),
    sh("java -version 2>&1 | head -1")))

for size in sizes:
    table, more, f = rows.get(size, {}), extra.get(size, {}), fortunes(size)
    print("## %s requests\n" % format(int(size), ","))
    if size in ready:
        print("Portal ready %.1f s after start." % ready[size])
    g = more.get("generate")
    if g:
        print("Generated in %.0f s (the command, with the embedded server's start; the generator's own count, from"
              " its first row to its last index built: %s s),"
              " heap `%s`, at most %s MB in use, %s OutOfMemoryError."
              % (num(g, "seconds"), g.get("own_seconds", "?"), g.get("heap"), g.get("peak_heap_mb", "?"),
                 "no" if g.get("oom") == "0" else g.get("oom")))
    print()
    print("| page | req/s | p50 ms | p95 ms | p99 ms | errors | requests | × fortunes |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for page, r in table.items():
        print("| %s | %.0f | %.1f | %.1f | %.1f | %d | %d | %s |" % (page, r["rps"], r["p50"], r["p95"], r["p99"],
              r["errors"], r["requests"], "%.2f" % (r["rps"] / f) if f else ""))
    for page, why in skipped.get(size, {}).items():
        print("| %s | %s | | | | | | |" % (page, why))
    print()
    w = more.get("writes")
    if w is not None:
        failed = num(w, "filed_failed") + num(w, "answer_failed") + num(w, "reads_unexpected")
        print("Mixed scenario (one person per connection, %s requesters filing, %s clerks acknowledging and answering,"
              " the rest reading): **%d filed, %d acknowledged, %d answered**; %d filings and %d acknowledgements or"
              " answers failed, %d reads answered unexpectedly%s.\n"
              % (w.get("filers", "2"), w.get("answerers", "2"), num(w, "filed"), num(w, "acknowledged"),
                 num(w, "answered"), num(w, "filed_failed"), num(w, "answer_failed"), num(w, "reads_unexpected"),
                 " (last: `%s`)" % w["last_failure"] if failed and w.get("last_failure") else ""))
        if not num(w, "filed") or not num(w, "answered") or failed:
            print("**The mixed scenario's writes did not all go through: its numbers do not show writes and reads"
                  " together.**\n")
    e = more.get("export")
    if e:
        print("CSV export under the portal's heap: `%s`: %d rows (%.1f MB) in %.1f s, status %s."
              % (e.get("path"), num(e, "rows"), num(e, "bytes") / 1e6, num(e, "seconds"), e.get("status")))
    h = more.get("portal")
    if h:
        print("Portal heap `%s`: at most %s MB in use over the whole run; %s in its log."
              % (h.get("heap"), h.get("peak_heap_mb", "?"),
                 "no OutOfMemoryError" if h.get("oom") == "0" else "**%s OutOfMemoryError**" % h.get("oom")))
    print()

growth = {}
if SMALL in rows and LARGE in rows:
    print("## p95 at 1,000,000 ÷ p95 at 10,000 (target ≤ 1.3×)\n")
    print("| page | p95 10k ms | p95 1M ms | ratio | ≤ 1.3× |")
    print("|---|---:|---:|---:|---|")
    for page, small in rows[SMALL].items():
        large = rows[LARGE].get(page)
        if large and small["p95"] > 0:
            growth[page] = large["p95"] / small["p95"]
            print("| %s | %.1f | %.1f | %.2f | %s |" % (page, small["p95"], large["p95"], growth[page],
                                                       "met" if growth[page] <= 1.3 else "not met"))
        else:
            print("| %s | %.1f | | | not measured |" % (page, small["p95"]))
    print()

# the targets are set at 1M; without that run they are checked at the largest size that ran, and say so
at = LARGE if LARGE in sizes else (sizes[-1] if sizes else None)
checks = []


def check(target, measured, ok):
    checks.append((target, measured, "not measured" if ok is None else ("met" if ok else "not met")))


def page_check(page, label, value, ok):
    r = rows.get(at, {}).get(page)
    if r is None:
        check("%s: %s" % (page, label), skipped.get(at, {}).get(page, "not run"), None)
    else:
        v = value(r)
        check("%s: %s" % (page, label), v[0], v[1] if v[1] is None else ok(v[1]))


if at:
    f = fortunes(at)
    for page in FAST:
        page_check(page, "≥ 0.5× fortunes req/s", lambda r: ("%.2f×" % (r["rps"] / f), r["rps"] / f) if f
                   else ("no fortunes run", None), lambda x: x >= 0.5)
        page_check(page, "p99 ≤ 50 ms", lambda r: ("%.1f ms" % r["p99"], r["p99"]), lambda x: x <= 50)
    page_check("clerk-search-a-number", "p99 ≤ 50 ms", lambda r: ("%.1f ms" % r["p99"], r["p99"]), lambda x: x <= 50)
    for page in ("clerk-search-text", "clerk-search-name"):  # both read full-text indexes
        page_check(page, "p99 ≤ 150 ms", lambda r: ("%.1f ms" % r["p99"], r["p99"]), lambda x: x <= 150)
    for page in REPORTS:
        page_check(page, "p99 ≤ 200 ms", lambda r: ("%.1f ms" % r["p99"], r["p99"]), lambda x: x <= 200)
    if growth:
        worst = max(growth, key=growth.get)
        over = [p for p, g in growth.items() if g > 1.3]
        missing = [p for p in rows[SMALL] if p not in growth]
        check("every page: p95 at 1M ≤ 1.3× p95 at 10k", "worst %s %.2f×%s%s" % (
            worst, growth[worst], "; over: " + ", ".join(over) if over else "",
            "; not measured at both: " + ", ".join(missing) if missing else ""), not over and not missing)
    else:
        check("every page: p95 at 1M ≤ 1.3× p95 at 10k", "needs both sizes (`--million`)", None)
    table, more = rows.get(at, {}), extra.get(at, {})
    errors = int(sum(r["errors"] for r in table.values()))
    w = more.get("writes", {})
    bad = int(num(w, "filed_failed") + num(w, "answer_failed") + num(w, "reads_unexpected"))
    gone = list(skipped.get(at, {}))
    check("no error under load (every page, the mixed scenario's writes)",
          "%d wrk errors, %d failed writes or unexpected answers%s" % (
              errors, bad, "; skipped: " + ", ".join(gone) if gone else ""),
          errors == 0 and bad == 0 and not gone and bool(table))
    check("mixed scenario: filings and answers go through",
          "%d filed, %d acknowledged, %d answered" % (num(w, "filed"), num(w, "acknowledged"), num(w, "answered"))
          if w else "not run", (num(w, "filed") > 0 and num(w, "answered") > 0) if w else None)
    h = more.get("portal")
    check("portal holds the run in `%s` (no OutOfMemoryError)" % HEAP,
          "heap `%s`, at most %s MB in use, %s OutOfMemoryError" % (h.get("heap"), h.get("peak_heap_mb"), h.get("oom"))
          if h else "not recorded", (h.get("heap") == HEAP and h.get("oom") == "0") if h else None)
    e = more.get("export")
    check("a 100,000-row CSV export within `%s`" % HEAP,
          "%d rows in %.1f s, status %s" % (num(e, "rows"), num(e, "seconds"), e.get("status")) if e else "not run",
          (num(e, "rows") >= 100000 and e.get("status") == "200" and h is not None and h.get("oom") == "0"
           and h.get("heap") == HEAP) if e else None)
    g = more.get("generate")
    check("generator within `%s`" % HEAP, "heap `%s`, at most %s MB in use, %s OutOfMemoryError" % (
        g.get("heap"), g.get("peak_heap_mb"), g.get("oom")) if g else "not recorded (database made before)",
          (g.get("heap") == HEAP and g.get("oom") == "0") if g else None)
    if at == LARGE:
        check("generator: 1M requests in ≤ 3 min", "%.0f s (command), %s s (its own count, indexes included)" % (
            num(g, "seconds"), g.get("own_seconds")) if g else "not recorded",
              num(g, "seconds") <= 180 if g else None)
    check("embedded start ready ≤ 10 s", "%.1f s" % ready[at] if at in ready else "not run",
          ready[at] <= 10 if at in ready else None)

    print("## Targets of issue 14, checked at %s requests\n" % format(int(at), ","))
    if at != LARGE:
        print("The issue sets its targets at 1,000,000 requests, which this run did not reach (`bench/run.sh"
              " --million`): these verdicts are for %s requests only.\n" % format(int(at), ","))
    print("| target | measured | verdict |")
    print("|---|---|---|")
    for target, measured, verdict in checks:
        print("| %s | %s | %s |" % (target, measured, verdict if verdict != "not met" else "**not met**"))
    counts = {v: sum(1 for c in checks if c[2] == v) for v in ("met", "not met", "not measured")}
    print("\n%d met, %d not met, %d not measured.\n" % (counts["met"], counts["not met"], counts["not measured"]))
