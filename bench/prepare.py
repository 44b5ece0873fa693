#!/usr/bin/env python3
"""Signs in to a running portal as the generated clerk, requester, approver and system admin (password and
authenticator key as `generate` prints them) and finds the addresses the benchmark visits: queue pages (first and
deep in keyset pagination), request pages the clerk may see, an A-number, the subject page, reports, a CSV export,
and the id of the clerk's agency (named in BENCH_CLERK_AGENCY) for the mixed scenario's filings. Writes one file of
paths per target and a file of cookies, in the folder given. Standard library only."""
import base64, csv, datetime, io, hashlib, hmac, html, http.cookiejar, os, re, struct, sys, time, urllib.parse, urllib.request

base, out, password, secret = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
accounts = dict(a.split("=", 1) for a in sys.argv[5:])  # role=email
CSRF = re.compile(r'name="pac4jCsrfToken" value="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args):
        return None


def totp(key):
    k = base64.b32decode(key.replace(" ", ""))
    counter = int(time.time()) // 30
    digest = hmac.new(k, struct.pack(">Q", counter), hashlib.sha1).digest()
    o = digest[-1] & 15
    return "%06d" % ((struct.unpack(">I", digest[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)


def session():
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    return jar, opener


def fetch(opener, path, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        r = opener.open(base + path, data)
        return r.status, r.read().decode("utf-8", "replace"), r.headers
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace"), e.headers


def sign_in(email):
    jar, opener = session()
    _, page, _ = fetch(opener, "/login")
    status, _, headers = fetch(opener, "/callback?client_name=FormClient",
                               {"username": email, "password": password, "pac4jCsrfToken": CSRF.search(page).group(1)})
    _, page, _ = fetch(opener, "/login/code")
    status, _, headers = fetch(opener, "/login/code", {"code": totp(secret), "pac4jCsrfToken": CSRF.search(page).group(1)})
    if status != 303:
        sys.exit("second factor of %s failed: %s" % (email, status))
    return "; ".join("%s=%s" % (c.name, c.value) for c in jar), opener


def write(name, paths):
    with open(os.path.join(out, name + ".paths"), "w") as f:
        f.write("\n".join(paths) + "\n")


os.makedirs(out, exist_ok=True)
openers = {}
for role, email in accounts.items():
    cookie, openers[role] = sign_in(email)
    with open(os.path.join(out, role + ".cookie"), "w") as f:
        f.write(cookie)
    status, _, headers = fetch(openers[role], "/")
    # "/" sends each person on to their own home page: that page is measured
    write(role + "-home", [headers.get("Location", "/") if status in (302, 303) else "/"])

clerk = openers["clerk"]
write("clerk-queue", ["/queue"])
ids, deep = [], None
for start in ("/queue", "/queue?state=CLOSED", "/queue?state=ANSWERED"):
    page, path = 0, start
    while path and page < 25:
        _, body, _ = fetch(clerk, path)
        ids += re.findall(r'href="/requests/(\d+)"', body)
        nxt = re.search(r'href="([^"]*after=[^"]*)"', body)
        path = html.unescape(nxt.group(1)) if nxt else None
        page += 1
        if page == 20 and path and deep is None:
            deep = path
write("clerk-queue-deep", [deep or "/queue"])
ids = sorted(set(ids), key=int)  # generated first: a mixed scenario's filings come after them
write("clerk-detail", ["/requests/" + i for i in ids])
a_number = None
for i in ids:  # a request filed by an earlier mixed scenario names no A-number
    _, body, _ = fetch(clerk, "/requests/" + i)
    found = re.search(r"A\d{9}", body)
    if found:
        a_number = found.group(0)
        break
write("clerk-search-a-number", ["/search?q=" + a_number])
# words a clerk looks for that the generated narratives hold ("Please confirm the custody status of ...")
write("clerk-search-text", ["/search?q=" + urllib.parse.quote("custody status")])
# the header box as most often used: a family name (the last word of the first subject on the clerk's queue)
_, body, _ = fetch(clerk, "/queue")
subject = re.search(r'<td data-label="Subject">([^<]+)</td>', body)
write("clerk-search-name", ["/search?q=" + urllib.parse.quote(html.unescape(subject.group(1)).split()[-1])])
# a search that finds nothing is fast and measures nothing: each searched page must list requests (or go to the one)
for target in ("clerk-search-text", "clerk-search-name"):
    with open(os.path.join(out, target + ".paths")) as f:
        path = f.readline().strip()
    status, body, _ = fetch(clerk, path)
    if status not in (302, 303) and not re.search(r'href="/requests/\d+"', body):
        sys.exit("%s: %s lists no request; is the search's full-text index whole?" % (target, path))
write("clerk-subject", ["/subjects/" + i for i in ids[:50]])
for role in ("clerk", "requester", "sysadmin"):
    write(role + "-report", ["/reports"])
_, body, _ = fetch(openers["sysadmin"], "/reports")
export = re.search(r'href="(/reports/export[^"]*)"', body)
write("sysadmin-report-csv", [html.unescape(export.group(1)) if export else "/reports/export"])
# a CSV export of about 10,000 rows: the audit log's, over as many days around the middle of the generated two
# years as hold them (one day's export tells the rows a day)
middle = datetime.date.today() - datetime.timedelta(days=365)
_, day_csv, _ = fetch(openers["sysadmin"], "/system/audit.csv?from=%s&to=%s" % (middle, middle))
per_day = max(1, sum(1 for _ in csv.reader(io.StringIO(day_csv))) - 1)
days = max(1, -(-10500 // per_day))
first = middle - datetime.timedelta(days=days // 2)
write("sysadmin-export", ["/system/audit.csv?from=%s&to=%s" % (first, first + datetime.timedelta(days=days - 1))])
# the mixed scenario's requesters file to the generated clerk's agency, whose clerks then answer them
_, body, _ = fetch(openers["requester"], "/requests/new")
agency = os.environ.get("BENCH_CLERK_AGENCY", "")
recipient = next((i for i, name in re.findall(r'name="recipients"[^>]*value="(\d+)"[^>]*>\s*<label[^>]*>([^<]*)<', body)
                  if html.unescape(name).strip() == agency), "")
with open(os.path.join(out, "mixed.recipient"), "w") as f:
    f.write(recipient)
write("anonymous-login", ["/login"])
write("anonymous-fortunes", ["/bench/fortunes"])
open(os.path.join(out, "anonymous.cookie"), "w").close()
print("prepared %d request pages, A-number %s, filings to agency %s (%s)" % (len(ids), a_number, recipient or "?",
                                                                        agency or "not named"))
