-- wrk script: sends the public request form (POST /request) with a CSRF cookie and token taken from one GET /request
-- beforehand, and a fresh nonce on every request (the server accepts a nonce once a day).
-- Environment: BENCH_CSRF_COOKIE, BENCH_CSRF_TOKEN, BENCH_NONCE_PREFIX (unique per wrk run).
-- Counts answers with status 200 that show the code (id="status-code") as acknowledged, everything else as failed.
local cookie = os.getenv("BENCH_CSRF_COOKIE")
local token = os.getenv("BENCH_CSRF_TOKEN")
local prefix = os.getenv("BENCH_NONCE_PREFIX") or tostring(os.time())

local function encode(value)
  return (string.gsub(value, "[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- IntakeTestSupport.validForm(), in the form's field order.
local fields = {
  { "anonymous", "true" },
  { "organizationName", "Bench Radio Sur" },
  { "organizationKind", "MEDIA" },
  { "sizeBand", "UP_TO_20" },
  { "country", "MX" },
  { "region", "Oaxaca" },
  { "languages", "es" },
  { "communities", "Indigenous journalists" },
  { "problems", "ACCOUNT_COMPROMISED" },
  { "description", "Our editor’s email was taken over last night." },
  { "outcome", "Get the account back" },
  { "urgency", "URGENT" },
  { "timeframe", "THIS_WEEK" },
  { "approach", "INTRODUCTION" },
  { "contactMethod", "STATUS_PAGE" },
  { "consent", "true" },
  { "_csrf", token },
}
local parts = {}
for _, f in ipairs(fields) do parts[#parts + 1] = f[1] .. "=" .. encode(f[2]) end
local body = table.concat(parts, "&")

local headers = {
  ["Content-Type"] = "application/x-www-form-urlencoded",
  ["Cookie"] = "TANDEM_CSRF=" .. cookie,
}

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
sent = 0 -- requests written; those without an answer were still in flight when wrk stopped
acknowledged = 0
failed = 0
statuses = {} -- failures by HTTP status
already = 0 -- 200 without a code: the "already sent" page (a repeated nonce, or more fresh nonces than it can hold)

function request()
  sent = sent + 1
  local nonce = prefix .. "-" .. tostring(id) .. "-" .. tostring(sent)
  return wrk.format("POST", "/request", headers, body .. "&nonce=" .. nonce)
end

function response(status, headers, body)
  if status == 200 and string.find(body, 'id="status-code"', 1, true) then
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
    statuses[status] = (statuses[status] or 0) + 1
    if status == 200 then already = already + 1 end
  end
end

function done(summary, latency, requests)
  local by_status = {}
  local n, a, f, s = 0, 0, 0, 0
  for _, thread in ipairs(threads) do
    n = n + thread:get("sent")
    a = a + thread:get("acknowledged")
    f = f + thread:get("failed")
    for status, n in pairs(thread:get("statuses")) do by_status[status] = (by_status[status] or 0) + n end
    s = s + thread:get("already")
  end
  io.write(string.format("sent %d\nacknowledged %d\nfailed %d\nfailed-with-200 %d\n", n, a, f, s))
  local list = {}
  for status, n in pairs(by_status) do list[#list + 1] = status .. ":" .. n end
  table.sort(list)
  io.write("failed-by-status " .. (#list > 0 and table.concat(list, ",") or "none") .. "\n")
end
