#!/usr/bin/env python3
"""Signs a demo account in to a running Tandem the way a person does (password, then enrolling an authenticator app
at the first sign-in, with the code it shows), and optionally makes a personal access token on the tokens page.
Prints shell assignments: SESSION_COOKIE=<name>=<value> and, with --token-scope, API_TOKEN=<token>.
Usage: bench/staff_session.py <base-url> <username> <password> [--token-scope requests:read,providers:read]
Standard library only (the bench scripts run on a bare machine)."""
import base64, hashlib, hmac, html, http.cookiejar, re, struct, sys, time, urllib.parse, urllib.request


def totp(secret: str) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


class Browser:
    def __init__(self, base):
        self.base = base.rstrip("/")
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))

    def get(self, path):
        with self.opener.open(self.base + path) as answer:
            return answer.geturl(), answer.read().decode()

    def post(self, path, fields, page):
        token = re.search(r'name="_csrf" value="([^"]+)"', page).group(1)
        data = urllib.parse.urlencode([("_csrf", token)] + list(fields)).encode()
        with self.opener.open(self.base + path, data) as answer:
            return answer.geturl(), answer.read().decode()


def main():
    base, username, password = sys.argv[1:4]
    scopes = sys.argv[sys.argv.index("--token-scope") + 1].split(",") if "--token-scope" in sys.argv else []
    web = Browser(base)
    _, page = web.get("/login")
    url, page = web.post("/login", [("username", username), ("password", password)], page)
    if "/account/security/enroll" in url:
        secret = html.unescape(re.search(r'<code[^>]*class="secret"[^>]*>([^<]+)</code>', page).group(1)).replace(" ", "")
        url, page = web.post("/account/security/enroll/totp", [("code", totp(secret))], page)
    if "/login" in url:
        sys.exit("sign-in failed at " + url)
    for cookie in web.jar:
        if "SESSION" in cookie.name:
            print("SESSION_COOKIE='%s=%s'" % (cookie.name, cookie.value))
    if scopes:
        _, page = web.get("/account/tokens")
        fields = [("name", "bench"), ("days", "7")] + [("scopes", s) for s in scopes]
        _, page = web.post("/account/tokens", fields, page)
        print("API_TOKEN='%s'" % html.unescape(re.search(r'<code[^>]*class="secret"[^>]*>([^<]+)</code>', page).group(1)))


if __name__ == "__main__":
    main()
