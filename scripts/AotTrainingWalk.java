import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The walk of scripts/train-aot-cache.sh: what the JDK's AOT cache learns from, so that the pages people use are
 * linked, and their methods profiled, before production's first request. Run by the JDK's source launcher
 * ({@code java scripts/AotTrainingWalk.java BASE-URL STAFF-NAME STAFF-PASSWORD ROUNDS}) against the training run
 * only: a throw-away embedded database with demo accounts and made-up requests, on the loopback interface.
 *
 * <p>Each round does what the first minutes of a hub's day do: a requester sends the public form, opens the status
 * link and gives the code; a member of staff (signed in once, with the authenticator app enrolled at the first
 * sign-in, as a person does) opens the overview, the queue with its sorts and filters and its next page, a request,
 * its matching, the providers and the handoffs, and reads the JSON API's lists with a personal access token.
 * Standard library only; exits non-zero, saying where, if a page does not answer as it should.
 */
public final class AotTrainingWalk {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
	private static final Pattern SECRET = Pattern.compile("<code[^>]*class=\"secret\"[^>]*>([^<]+)</code>");
	private static final Pattern STATUS_LINK = Pattern.compile("id=\"status-link\" href=\"[^\"]*(/request/status/[^\"]+)\"");
	private static final Pattern STATUS_CODE = Pattern.compile("id=\"status-code\">([^<]+)<");
	private static final Pattern REQUEST_LINK = Pattern.compile("href=\"(/staff/requests/[0-9a-fA-F-]{8,})\"");
	private static final Pattern NEXT = Pattern.compile("\"next\"\\s*:\\s*\"([^\"]+)\"");

	private final String base;
	private final HttpClient web;

	private AotTrainingWalk(String base) {
		this.base = base;
		this.web = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NORMAL)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 4) {
			System.err.println("usage: java AotTrainingWalk.java BASE-URL STAFF-NAME STAFF-PASSWORD ROUNDS");
			System.exit(2);
		}
		AotTrainingWalk requester = new AotTrainingWalk(args[0]);
		AotTrainingWalk staff = new AotTrainingWalk(args[0]);
		String token = staff.signIn(args[1], args[2]);
		int rounds = Integer.parseInt(args[3]);
		for (int round = 1; round <= rounds; round++) {
			requester.sendRequestAndOpenStatus(round);
			staff.walkStaffPages();
			staff.walkApi(token);
			requester.walkPublicPages();
		}
	}

	/** Signs in, enrols the authenticator app and makes an API token; answers the token. */
	private String signIn(String name, String password) throws Exception {
		Page login = get("/login");
		Page signedIn = post("/login", login, List.of("username", name, "password", password));
		if (signedIn.url().contains("/account/security/enroll")) {
			String secret = unescape(find(SECRET, signedIn, "the authenticator's secret")).replace(" ", "");
			signedIn = post("/account/security/enroll/totp", signedIn, List.of("code", totp(secret)));
		}
		if (signedIn.url().contains("/login")) {
			throw new IllegalStateException("sign-in failed at " + signedIn.url());
		}
		Page tokens = get("/account/tokens");
		Page made = post("/account/tokens", tokens, List.of("name", "aot-training", "days", "7", "scopes",
				"requests:read", "scopes", "providers:read", "scopes", "handoffs:read"));
		return unescape(find(SECRET, made, "the new token"));
	}

	private void sendRequestAndOpenStatus(int round) throws Exception {
		Page form = get("/request");
		Page sent = post("/request", form, List.of("nonce", "aot-training-" + System.nanoTime(), "anonymous", "true",
				"organizationName", "Training Radio " + round, "organizationKind", "MEDIA", "sizeBand", "UP_TO_20",
				"country", "MX", "region", "Oaxaca", "languages", "es", "communities", "Community radio reporters",
				"problems", "ACCOUNT_COMPROMISED", "description", "An editor's mail account was taken over.",
				"outcome", "Get the account back", "urgency", "URGENT", "timeframe", "THIS_WEEK",
				"approach", "INTRODUCTION", "contactMethod", "STATUS_PAGE", "consent", "true"));
		String status = unescape(find(STATUS_LINK, sent, "the status link"));
		String code = unescape(find(STATUS_CODE, sent, "the status code"));
		Page locked = get(status);
		post(status, locked, List.of("code", code));
		get(status);
	}

	private void walkStaffPages() throws Exception {
		get("/dashboard");
		Page queue = get("/staff/requests");
		for (String query : List.of("?sort=NEWEST", "?sort=OLDEST", "?sort=UPDATED", "?status=NEW", "?assigned=NOBODY",
				"?urgency=EMERGENCY", "?country=KE", "?language=ar", "?approach=COHORT", "?age=30&sort=OLDEST")) {
			get("/staff/requests" + query);
		}
		Matcher request = REQUEST_LINK.matcher(queue.body());
		if (request.find()) {
			get(request.group(1));
			get(request.group(1) + "/matching");
			get(request.group(1) + "/handoff");
		}
		get("/staff/providers");
		get("/staff/providers?status=VETTED");
		get("/staff/handoffs");
		get("/account/security");
		send(HttpRequest.newBuilder(URI.create(base + "/staff/nothing-here")).GET(), 404);
	}

	private void walkApi(String token) throws Exception {
		String first = api("/api/v1/requests", token);
		Matcher next = NEXT.matcher(first);
		if (next.find()) {
			api("/api/v1/requests?after=" + URLEncoder.encode(next.group(1), StandardCharsets.UTF_8), token);
		}
		api("/api/v1/requests?status=DECLINED&sort=UPDATED", token);
		api("/api/v1/requests?country=KE&sort=NEWEST", token);
		api("/api/v1/providers", token);
		api("/api/v1/handoffs", token);
	}

	private void walkPublicPages() throws Exception {
		for (String path : List.of("/", "/providers", "/login", "/password-reset", "/actuator/health")) {
			get(path);
		}
		for (String language : List.of("es", "fr", "pt", "ar")) {
			get("/?lang=" + language);
			get("/request?lang=" + language);
		}
	}

	private record Page(String url, String body) {
	}

	private Page get(String path) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
	}

	private String api(String path, String token) throws Exception {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
			.header("Accept", "application/json").GET(), 200).body();
	}

	/** Posts a form from {@code page}, with its CSRF token and {@code fields} (name, value, name, value…). */
	private Page post(String path, Page page, List<String> fields) throws Exception {
		List<String> all = new ArrayList<>(List.of("_csrf", unescape(find(CSRF, page, "the CSRF token"))));
		all.addAll(fields);
		StringBuilder body = new StringBuilder();
		for (int i = 0; i < all.size(); i += 2) {
			body.append(i == 0 ? "" : "&").append(URLEncoder.encode(all.get(i), StandardCharsets.UTF_8)).append('=')
				.append(URLEncoder.encode(all.get(i + 1), StandardCharsets.UTF_8));
		}
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString())), 200);
	}

	private Page send(HttpRequest.Builder request, int expected) throws Exception {
		HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
		HttpResponse<String> answer = web.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		if (answer.statusCode() != expected) {
			throw new IllegalStateException(built.method() + " " + built.uri().getPath() + " answered "
					+ answer.statusCode() + " (expected " + expected + ")");
		}
		return new Page(answer.uri().toString(), answer.body());
	}

	private static String find(Pattern pattern, Page page, String what) {
		Matcher matcher = pattern.matcher(page.body());
		if (!matcher.find()) {
			throw new IllegalStateException("no " + what + " on " + page.url());
		}
		return matcher.group(1);
	}

	private static String unescape(String html) {
		return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
			.replace("&amp;", "&");
	}

	/** RFC 6238 with the defaults authenticator apps use: SHA-1, 30 s, six digits. */
	private static String totp(String base32) throws Exception {
		byte[] key = base32Decode(base32.toUpperCase(Locale.ROOT));
		Mac mac = Mac.getInstance("HmacSHA1");
		mac.init(new SecretKeySpec(key, "HmacSHA1"));
		byte[] digest = mac.doFinal(ByteBuffer.allocate(8).putLong(System.currentTimeMillis() / 30_000).array());
		int offset = digest[digest.length - 1] & 0x0F;
		int value = (ByteBuffer.wrap(digest, offset, 4).getInt() & 0x7FFFFFFF) % 1_000_000;
		return String.format(Locale.ROOT, "%06d", value);
	}

	private static byte[] base32Decode(String text) {
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8 + 1);
		int buffer = 0;
		int bits = 0;
		for (char c : text.replace("=", "").toCharArray()) {
			buffer = (buffer << 5) | alphabet.indexOf(c);
			bits += 5;
			if (bits >= 8) {
				out.put((byte) (buffer >> (bits - 8)));
				bits -= 8;
			}
		}
		return java.util.Arrays.copyOf(out.array(), out.position());
	}
}
