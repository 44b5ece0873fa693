local print_result = dofile("bench/result.lua")
-- wrk script of the mixed scenario (issue 14): run with as many threads as connections (-tN -cN), so each thread
-- is one person on one connection and its request()/response() calls alternate. Most threads read (homes, queue,
-- request pages, searches, subject pages, by weight); BENCH_MIX_FILERS threads are requesters filing requests and
-- BENCH_MIX_ANSWERERS threads clerks acknowledging and answering them. A write is what a browser does: GET the
-- form, take the CSRF token (pac4jCsrfToken), the form key and the other hidden fields from the page, POST it,
-- follow the 303. A POST answered with anything but 303 is a failed write (a 422 or 409 also counts as a wrk
-- error). Files, from bench/prepare.py in BENCH_WRK_DIR: <target>.paths, <role>.cookie, mixed.recipient.
-- Prints: RESULT req/s p50 p95 p99 (ms) errors requests, then WRITES key=value ... for run.sh.
local dir = os.getenv("BENCH_WRK_DIR")
local FILERS = tonumber(os.getenv("BENCH_MIX_FILERS") or "2")
local ANSWERERS = tonumber(os.getenv("BENCH_MIX_ANSWERERS") or "2")
-- what readers do, by weight: mostly the clerk's work, some office pages
local BLEND = {
  {"clerk-home", 10}, {"requester-home", 8}, {"approver-home", 4}, {"clerk-queue", 12}, {"clerk-queue-deep", 4},
  {"clerk-detail", 35}, {"clerk-search-a-number", 10}, {"clerk-search-text", 5}, {"clerk-subject", 5},
}

local function read_file(name)
  local f = io.open(dir .. "/" .. name)
  if not f then return nil end
  local s = f:read("*a")
  f:close()
  return s
end

local function lines(name)
  local t = {}
  for l in io.lines(dir .. "/" .. name) do if #l > 0 then t[#t + 1] = l end end
  return t
end

-- main state: number the threads, keep them to add up their counts in done()
local threads = {}
function setup(thread)
  threads[#threads + 1] = thread
  thread:set("number", #threads)
end

local cookies, paths, total, role = {}, {}, 0, "reader"
local counts = {filed = 0, filed_failed = 0, acknowledged = 0, answered = 0, answer_failed = 0, reads_unexpected = 0}
failure = "" -- the last failed write or unexpected answer, read by done() with the counts (thread globals)
local step, pending, pool, done_ids, part = nil, nil, {}, {}, 0
local harvest_state = "SUBMITTED"
local recipient

function init(args)
  math.randomseed(os.time() * 100 + number)
  for _, b in ipairs(BLEND) do
    paths[b[1]] = lines(b[1] .. ".paths")
    total = total + b[2]
  end
  for _, r in ipairs({"clerk", "requester", "approver"}) do
    cookies[r] = (read_file(r .. ".cookie") or ""):match("^%s*(.-)%s*$") -- a line break would end the header
  end
  recipient = (read_file("mixed.recipient") or ""):match("%d+")
  if number <= FILERS then
    role = "filer"
  elseif number <= FILERS + ANSWERERS then
    role, part = "answerer", number - FILERS - 1
  end
  for k, v in pairs(counts) do _G[k] = v end
end

local function enc(s)
  return (tostring(s):gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", c:byte()) end))
end

local function form_body(fields)
  local out = {}
  for _, kv in ipairs(fields) do out[#out + 1] = enc(kv[1]) .. "=" .. enc(kv[2]) end
  return table.concat(out, "&")
end

local function get(path, who)
  return {method = "GET", path = path, who = who}
end

local function post(path, who, fields, kind, id)
  return {method = "POST", path = path, who = who, body = form_body(fields), kind = kind, id = id}
end

-- the hidden fields of the form whose action is `action` (CSRF token, form key, version, policy version), or nil
local function hidden_fields(body, action)
  local s = body:find('action="' .. action .. '"', 1, true)
  if not s then return nil end
  local e = body:find("</form>", s, true) or #body
  local section = body:sub(s, e)
  local fields = {}
  for tag in section:gmatch("<input[^>]*>") do
    if tag:find('type="hidden"', 1, true) then
      local name, value = tag:match('name="([^"]*)"'), tag:match('value="([^"]*)"')
      if name then fields[#fields + 1] = {name, ((value or ""):gsub("&amp;", "&"))} end
    end
  end
  local has_token = false
  for _, kv in ipairs(fields) do if kv[1] == "pac4jCsrfToken" and #kv[2] > 0 then has_token = true end end
  return has_token and fields or nil, section
end

local function read_step()
  local r, pick = math.random(total), nil
  for _, b in ipairs(BLEND) do
    r = r - b[2]
    if r <= 0 then pick = b[1] break end
  end
  local list = paths[pick]
  return get(list[math.random(#list)], pick:match("^(%a+)-"))
end

local function fail(what, status, path)
  _G[what] = _G[what] + 1
  failure = status .. " " .. path
end

-- the requester: the form, then its POST (an information request to the generated clerk's agency), then /requests
local function filing_form(body)
  local fields = hidden_fields(body, "/requests/new")
  if not fields then return nil end
  local to = recipient
  if not (to and body:find('name="recipients"[^>]-value="' .. to .. '"')) then
    to = body:match('name="recipients"[^>]-value="(%d+)"')
  end
  local items = {}
  for item in body:gmatch('name="items"[^>]-value="([%u_]+)"') do items[#items + 1] = item end
  if not to or #items == 0 then return nil end
  local n = math.random(1e9)
  for _, kv in ipairs({{"action", "submit"}, {"type", "INFORMATION_REQUEST"}, {"priority", "ROUTINE"},
      {"recipients", to}, {"items", items[1]}, {"items", items[#items]}, {"s1-fullName", "Bench Subject " .. n},
      {"s1-dateOfBirth", string.format("%02d/%02d/%d", 1 + n % 12, 1 + n % 28, 1950 + n % 50)},
      {"narrative", "Benchmark filing " .. n .. ": release information for an ongoing case."},
      {"confirmDuplicates", "yes"}}) do
    fields[#fields + 1] = kv
  end
  return post("/requests/new", "requester", fields, "filed")
end

-- the clerk: the next request of its share (ids of its part), acknowledged first, then answered item by item
local function next_request()
  local id = table.remove(pool, 1)
  if id then return get("/requests/" .. id, "clerk"), id end
  return get("/queue?state=" .. harvest_state, "clerk"), nil
end

local function clerk_action(body, id)
  local base = "/requests/" .. id
  local fields = hidden_fields(body, base .. "/acknowledge")
  if fields then return post(base .. "/acknowledge", "clerk", fields, "acknowledged", id) end
  local section
  fields, section = hidden_fields(body, base .. "/answer")
  if not fields then return nil end
  local seen = {}
  for item in section:gmatch('name="disposition%-([%u_]+)"') do
    if not seen[item] then
      seen[item] = true
      fields[#fields + 1] = {"disposition-" .. item, "NOT_HELD"}
    end
  end
  fields[#fields + 1] = {"summary", "Benchmark answer: not held."}
  return post(base .. "/answer", "clerk", fields, "answered", id)
end

local function next_step()
  if role == "filer" then return get("/requests/new", "requester") end
  if role == "answerer" then
    local s, id = next_request()
    s.id = id
    return s
  end
  return read_step()
end

request = function()
  if not step then step = next_step() end
  local headers = {Cookie = cookies[step.who] or ""}
  if step.method == "POST" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    return wrk.format("POST", step.path, headers, step.body)
  end
  return wrk.format("GET", step.path, headers)
end

local function location(headers)
  return headers["Location"] or headers["location"]
end

response = function(status, headers, body)
  local s = step
  step = nil
  if not s then return end
  if s.method == "POST" then
    if status == 303 then
      _G[s.kind] = _G[s.kind] + 1
      if s.kind == "acknowledged" then table.insert(pool, 1, s.id) else done_ids[s.id or 0] = true end
      local to = location(headers)
      if to then step = get(to:gsub("^https?://[^/]+", ""), s.who) end
    else
      fail(s.kind == "filed" and "filed_failed" or "answer_failed", status, s.path)
      if s.id then done_ids[s.id] = true end
    end
  elseif role == "filer" and s.path == "/requests/new" then
    step = status == 200 and filing_form(body) or nil
    if not step then fail("filed_failed", status, "GET " .. s.path .. " (no form to fill)") end
  elseif role == "answerer" and s.path:find("^/queue") then
    for id in body:gmatch('href="/requests/(%d+)"') do
      local n = tonumber(id)
      if n % ANSWERERS == part and not done_ids[n] then
        done_ids[n] = true
        pool[#pool + 1] = n
      end
    end
    -- nothing new in this state: look at the other one next time (acknowledged requests wait for an answer)
    if #pool == 0 then harvest_state = harvest_state == "SUBMITTED" and "ACKNOWLEDGED" or "SUBMITTED" end
  elseif role == "answerer" and s.id and status == 200 then
    step = clerk_action(body, s.id)
  elseif status ~= 200 and not (status == 302 and s.path:find("^/search")) then
    fail("reads_unexpected", status, s.path)
  end
end

done = function(summary, latency, requests)
  print_result(summary, latency)
  local sum, last = {}, ""
  for _, t in ipairs(threads) do
    for _, k in ipairs({"filed", "filed_failed", "acknowledged", "answered", "answer_failed", "reads_unexpected"}) do
      sum[k] = (sum[k] or 0) + (t:get(k) or 0)
    end
    local f = t:get("failure")
    if f and #f > 0 then last = f end
  end
  io.write(string.format("WRITES filers=%d answerers=%d filed=%d filed_failed=%d acknowledged=%d answered=%d " ..
      "answer_failed=%d reads_unexpected=%d last_failure=%s\n", FILERS, ANSWERERS, sum.filed, sum.filed_failed,
      sum.acknowledged, sum.answered, sum.answer_failed, sum.reads_unexpected, (last:gsub("%s", "_"))))
end
