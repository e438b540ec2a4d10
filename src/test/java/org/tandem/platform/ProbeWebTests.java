package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * The outside probe, kept as tests over the whole route table: malformed, unknown, huge, encoded and template-like
 * path variables; malformed, wrong-type, deeply nested and oversized JSON bodies with tokens of every role; forms
 * with control characters and with bytes that are not UTF-8. Nothing answers 500, nothing shows an exception, and the
 * instance is healthy afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProbeWebTests extends WebTestSupport {

	/** Path variable values, already encoded for a URL. */
	private static final List<String> SEGMENTS = List.of("not-a-uuid", "00000000-0000-0000-0000-000000000000",
			"x".repeat(3000), "%7Btoken%7D", "%7B%7D", "%E2%80%AE", "%C3%A9t%C3%A9", "%00", "..%2F..", "-1",
			"99999999999999999999", "%25", "a%20b", "%3Cscript%3E", "%FF%FE");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	List<RouteTable.Route> routes() {
		return RouteTable.all(mapping);
	}

	@Test
	void everyPathVariableWithMalformedValuesIsAnsweredWithoutAServerError() {
		WebSession anonymous = visitor();
		WebSession staff = signedIn(Role.ADMIN, Role.STAFF);
		WebSession provider = signedIn(Role.PROVIDER);
		SoftAssertions soft = new SoftAssertions();
		int probed = 0;
		for (RouteTable.Route route : routes()) {
			if (!route.pattern().contains("{")) {
				continue;
			}
			for (String segment : SEGMENTS) {
				String path = route.pattern().replaceAll("\\{[^}]+}", segment).replace("/**", "/x");
				for (WebSession visitor : List.of(anonymous, staff, provider)) {
					WebSession.Page page = route.method() == RequestMethod.GET ? visitor.get(path)
							: visitor.post(path, Map.of("text", "probe"));
					probed++;
					String label = route.method() + " " + route.pattern() + " with " + abbreviated(segment) + " ("
							+ page.status() + ")";
					soft.assertThat(page.status()).as(label).isBetween(200, 499);
					soft.assertThat(page.body()).as(label).doesNotContain("Exception").doesNotContain("at org.");
				}
			}
		}
		soft.assertAll();
		assertThat(probed).isGreaterThan(500);
		assertThat(visitor().get("/actuator/health").body()).contains("UP");
	}

	@Test
	void everyJsonRouteRefusesMalformedNestedAndOversizedBodiesWithA4xx() {
		WebSession staff = signedIn(Role.STAFF);
		WebSession provider = signedIn(Role.PROVIDER);
		List<String> tokens = new ArrayList<>(List.of("tdm_not-a-token"));
		for (String scope : List.of("matching:write", "handoffs:write", "requests:read")) {
			tokens.add(token(staff, scope));
		}
		tokens.add(token(provider, "offers:write"));
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		bodies.put("malformed", "{\"reason\": ".getBytes(StandardCharsets.UTF_8));
		bodies.put("wrong type", "[1, 2, 3]".getBytes(StandardCharsets.UTF_8));
		bodies.put("wrong field types", "{\"reason\": {\"x\": 1}, \"note\": [1], \"options\": \"y\"}".getBytes(StandardCharsets.UTF_8));
		bodies.put("deeply nested", ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
		bodies.put("long number", ("{\"reason\": 1" + "0".repeat(5000) + "}").getBytes(StandardCharsets.UTF_8));
		bodies.put("not UTF-8", new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xFF, (byte) 0xFE, '"', '}' });
		bodies.put("oversized", ("{\"note\": \"" + "a".repeat(1_000_000) + "\"}").getBytes(StandardCharsets.UTF_8));
		SoftAssertions soft = new SoftAssertions();
		int probed = 0;
		for (RouteTable.Route route : routes()) {
			if (!route.pattern().startsWith("/api/") || route.method() == RequestMethod.GET
					|| route.method() == RequestMethod.HEAD) {
				continue;
			}
			for (String token : tokens) {
				for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
					for (boolean chunked : new boolean[] { false, true }) {
						byte[] bytes = body.getValue();
						HttpRequest.BodyPublisher publisher = chunked
								? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))
								: HttpRequest.BodyPublishers.ofByteArray(bytes);
						WebSession.Page answer = visitor().send(apiRequest(route.path(), token)
							.header("Content-Type", "application/json")
							.method(route.method().name(), publisher)
							.build());
						probed++;
						String label = route.method() + " " + route.pattern() + " " + body.getKey()
								+ (chunked ? " chunked" : "") + " (" + answer.status() + ")";
						soft.assertThat(answer.status()).as(label).isBetween(400, 499);
						soft.assertThat(answer.body()).as(label).doesNotContain("Exception").doesNotContain("at org.")
							.doesNotContain("tools.jackson");
						if (body.getKey().equals("oversized") && !chunked) {
							soft.assertThat(answer.status()).as(label).isEqualTo(413);
						}
					}
				}
			}
		}
		soft.assertAll();
		assertThat(probed).isGreaterThan(50);
		assertThat(visitor().get("/actuator/health").body()).contains("UP");
	}

	@Test
	void aZipIsAnUploadOnlyOnTheCatalogsImportRoute() {
		byte[] zip = new byte[200_000];
		WebSession.Page elsewhere = visitor().send(apiRequest("/api/v1/requests", "tdm_not-a-token")
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build());
		assertThat(elsewhere.status()).isEqualTo(413);
		WebSession.Page imports = visitor().send(apiRequest("/api/v1/catalog/imports?catalog=probe&dryRun=true",
				"tdm_not-a-token")
			.header("Content-Type", "application/zip")
			.POST(HttpRequest.BodyPublishers.ofByteArray(zip))
			.build());
		// past the body limit, the token is refused: 401, not 413
		assertThat(imports.status()).isEqualTo(401);
	}

	@Test
	void everyFormTakesControlCharactersAndNonUtf8BytesWithoutAServerError() {
		WebSession anonymous = visitor();
		String nasty = "probe\u0000\u202E\u0007\u009B\u2066text";
		Map<String, String> fields = new LinkedHashMap<>();
		for (String name : List.of("name", "text", "body", "displayName", "expertise", "description", "note", "reason",
				"organizationName", "problems", "languages", "services", "email", "username", "nonce", "to", "action")) {
			fields.put(name, nasty);
		}
		fields.put("problems", " ");
		SoftAssertions soft = new SoftAssertions();
		int probed = 0;
		for (RouteTable.Route route : routes()) {
			if (route.method() != RequestMethod.POST || route.pattern().startsWith("/api/")) {
				continue;
			}
			// a fresh account per route: a form may take away the account's own second factor or roles
			WebSession staff = signedIn(Role.ADMIN, Role.STAFF);
			for (WebSession visitor : List.of(anonymous, staff)) {
				visitor.get("/");
				WebSession.Page controlled = visitor.post(route.path(), fields);
				WebSession.Page notText = visitor.send(HttpRequest.newBuilder(URI.create(visitor.base() + route.path()))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 'n', 'a', 'm', 'e', '=', (byte) 0xFF,
							(byte) 0xFE, '&', 'x', '=', '1' }))
					.build());
				probed += 2;
				String label = route.pattern() + " (" + controlled.status() + ", " + notText.status() + " "
						+ notText.redirect() + ")";
				soft.assertThat(controlled.status()).as(label).isBetween(200, 499);
				soft.assertThat(controlled.body()).as(label).doesNotContain("Exception").doesNotContain("\u202E");
				if (notText.status() != 400) {
					// the form's page, shown again, answers this visitor as opening it would (sign in first, not yours)
					WebSession.Page opened = visitor.get(route.path());
					if (notText.status() == 429 || opened.status() == 429) {
						// a public link limited per address and per link: the limit may be reached between the two
						soft.assertThat(List.of(notText.status(), opened.status())).as(label)
							.allMatch(status -> status == 404 || status == 429);
					}
					else {
						soft.assertThat(notText.status()).as(label).isEqualTo(opened.status()).isIn(302, 403, 404);
						soft.assertThat(notText.redirect()).as(label).isEqualTo(opened.redirect());
					}
				}
				else {
					soft.assertThat(notText.status()).as(label).isEqualTo(400);
					soft.assertThat(notText.header("Content-Type")).as(label).hasValueSatisfying(
							type -> assertThat(type).startsWith("text/html"));
				}
				soft.assertThat(notText.body()).as(label).doesNotContain("Exception");
			}
		}
		soft.assertAll();
		assertThat(probed).isGreaterThan(40);
		assertThat(visitor().get("/actuator/health").body()).contains("UP");
	}

	private static String abbreviated(String segment) {
		return segment.length() > 20 ? segment.substring(0, 8) + "…(" + segment.length() + ")" : segment;
	}

}
