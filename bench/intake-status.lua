-- wrk script: reads unlocked status pages in turn (GET /request/status/<token> with that link's TANDEM_STATUS cookie).
-- Environment: BENCH_STATUS_FILE, a file of lines "<path> <cookie value>", one per request unlocked beforehand.
-- Counts answers with status 200 that show the request's status (id="current-status") as read, everything else as failed.
local pages = {}
for line in io.lines(os.getenv("BENCH_STATUS_FILE")) do
  local path, value = string.match(line, "^(%S+)%s+(%S+)$")
  if path then pages[#pages + 1] = { path = path, headers = { ["Cookie"] = "TANDEM_STATUS=" .. value } } end
end
assert(#pages > 0, "no status pages in BENCH_STATUS_FILE")

local threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("id", thread_count)
  table.insert(threads, thread)
end

local next_page = 0
acknowledged = 0
failed = 0
statuses = {} -- failures by HTTP status

function request()
  -- threads start at different pages so that they do not read the same page at the same moment
  local page = pages[(next_page + (id or 1) - 1) % #pages + 1]
  next_page = next_page + 1
  return wrk.format("GET", page.path, page.headers)
end

function response(status, headers, body)
  if status == 200 and string.find(body, 'id="current-status"', 1, true) then
    acknowledged = acknowledged + 1
  else
    failed = failed + 1
    statuses[status] = (statuses[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local by_status = {}
  local a, f = 0, 0
  for _, thread in ipairs(threads) do
    a = a + thread:get("acknowledged")
    f = f + thread:get("failed")
    for status, n in pairs(thread:get("statuses")) do by_status[status] = (by_status[status] or 0) + n end
  end
  io.write(string.format("acknowledged %d\nfailed %d\n", a, f))
  local list = {}
  for status, n in pairs(by_status) do list[#list + 1] = status .. ":" .. n end
  table.sort(list)
  io.write("failed-by-status " .. (#list > 0 and table.concat(list, ",") or "none") .. "\n")
end
