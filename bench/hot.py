#!/usr/bin/env python3
"""Reads `jfr print --events jdk.ExecutionSample --stack-depth 64` on stdin and prints, for the samples taken between
the two times given (UTC, HH:MM:SS), where the portal's threads were: by part (the library of the first frame from
the top that is not the JDK's: what asked the JDK for the work; the JDK when all are), then the methods most often on top (self), and the portal's own methods
most often anywhere on the stack (inclusive), as Markdown. Standard library only."""
import collections, re, sys

since, until = sys.argv[1], sys.argv[2]
# the parts, by the first frame that is not the JDK's
PARTS = [("the database driver (MariaDB Connector/J, HikariCP)", ("org.mariadb.", "com.zaxxer.")),
         ("the expressions of the templates (liaison.system.PathExpressions, OGNL)", ("liaison.system.PathExpressions", "ognl.")),
         ("Thymeleaf, the rest", ("org.thymeleaf.", "org.unbescape.", "org.attoparser.")),
         ("JDBI", ("org.jdbi.",)),
         ("the portal's own code", ("liaison.",)),
         ("Jetty, Javalin, pac4j", ("org.eclipse.jetty.", "io.javalin.", "org.pac4j."))]
JDK = ("java.", "jdk.", "sun.", "com.sun.")
FRAME = re.compile(r"^\s+([\w$.<>]+)\(", re.M)
samples = 0
parts, top, anywhere = collections.Counter(), collections.Counter(), collections.Counter()
for event in sys.stdin.read().split("jdk.ExecutionSample {")[1:]:
    at = re.search(r"startTime = (\d\d:\d\d:\d\d)", event)
    if not at or not since <= at.group(1) <= until:
        continue
    frames = FRAME.findall(event)
    if not frames:
        continue
    samples += 1
    top[frames[0]] += 1
    for f in set(frames):
        anywhere[f] += 1
    caller = next((f for f in frames if not f.startswith(JDK)), None)
    part = "the JDK alone" if caller is None else next(
        (name for name, prefixes in PARTS if caller.startswith(prefixes)), "other (" + caller.rsplit(".", 2)[0] + ")")
    parts[part] += 1


def share(n):
    return "%.0f%%" % (100.0 * n / samples)


print("%d samples in the window.\n" % samples)
if samples:
    print("| part (the first frame that is not the JDK's) | share |\n|---|---:|")
    for name, n in parts.most_common():
        print("| %s | %s |" % (name, share(n)))
    print("\n| method on top of the stack (self) | share |\n|---|---:|")
    for name, n in top.most_common(12):
        print("| `%s` | %s |" % (name, share(n)))
    print("\n| the portal's method anywhere on the stack (inclusive) | share |\n|---|---:|")
    for name, n in [x for x in anywhere.most_common() if x[0].startswith("liaison.")][:12]:
        print("| `%s` | %s |" % (name, share(n)))
