#!/usr/bin/env python3
"""Turns run.sh's result lines into bench/RESULTS.md: one table per database size, with the machine."""
import platform, subprocess, sys

rows, ready = {}, {}
for line in open(sys.argv[1]):
    p = line.split()
    if len(p) >= 3 and p[1] == "ready":
        ready[p[0]] = p[2]
    elif len(p) == 7:
        rows.setdefault(p[0], []).append((p[1], float(p[2]), float(p[3]), float(p[4]), int(p[5]), int(p[6])))
    elif len(p) > 2:
        rows.setdefault(p[0], []).append((p[1], None, " ".join(p[2:])))


def sh(cmd):
    return subprocess.run(cmd, shell=True, capture_output=True, text=True).stdout.strip() + \
        subprocess.run(cmd, shell=True, capture_output=True, text=True).stderr.strip()


print("# Benchmark results\n")
print("Made by `bench/run.sh` (wrk, %s connections, %s s after a 5 s warm-up; portal with `%s`, embedded MariaDB)."
      % (sys.argv[2], sys.argv[3], sys.argv[4]))
print("\nMachine: %s CPUs (`nproc`), %s; %s; `java -version`: %s\n" % (
    sh("nproc"), sh("free -h | awk '/Mem:/{print $2\" memory\"}'"), platform.platform(),
    sh("java -version 2>&1 | head -1")))
for size, table in rows.items():
    fortunes = next((r[1] for r in table if r[0] == "anonymous-fortunes" and r[1]), None)
    print("## %s requests\n" % format(int(size), ","))
    if size in ready:
        print("Portal ready %s s after start.\n" % ready[size])
    print("| page | req/s | p50 ms | p99 ms | errors | requests | × fortunes |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in table:
        if r[1] is None:
            print("| %s | %s | | | | | |" % (r[0], r[2]))
        else:
            print("| %s | %.0f | %.1f | %.1f | %d | %d | %s |" % (r[0], r[1], r[2], r[3], r[4], r[5],
                  "%.2f" % (r[1] / fortunes) if fortunes else ""))
    print()
