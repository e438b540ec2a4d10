-- wrk script: failed sign-ins for one name, with a CSRF cookie and token taken from one GET /login beforehand.
-- Environment: BENCH_NAME (the sign-in name), BENCH_CSRF_COOKIE, BENCH_CSRF_TOKEN.
local name = os.getenv("BENCH_NAME")
local cookie = os.getenv("BENCH_CSRF_COOKIE")
local token = os.getenv("BENCH_CSRF_TOKEN")

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = "TANDEM_CSRF=" .. cookie
wrk.body = "username=" .. name .. "&password=not-the-password-at-all&_csrf=" .. token
