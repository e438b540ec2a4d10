package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.tandem.support.LogLeakWatcher;
import org.tandem.support.ProviderNetwork;
import org.tandem.support.TestDatabase;
import org.tandem.support.WebSession;
import org.tandem.support.WebTestSupport;

/**
 * What the outside probe broke, each kept fixed: oversized and unreadable forms come back as their page, errors
 * Tomcat answers itself carry the headers, template-like and non-ASCII tokens redirect cleanly, text is cleaned of
 * control characters, the data directory is owner-only, and logs quote nothing a visitor typed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "tandem.test.file-database=true")
class HardeningWebTests extends WebTestSupport {

	@Value("${tandem.data-dir}")
	Path dataDir;

	@Test
	void aFormTooLargeOrNotTextComesBackAsItsPageWithANoticeAndTheHeaders() {
		WebSession requester = visitor();
		requester.get("/request?lang=es");
		String huge = "a".repeat(300_000);
		WebSession.Page tooLarge = requester.post("/request?lang=es", Map.of("description", huge));
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.html().selectFirst("#body-too-large").text()).contains("256 KB", "No se guardó nada");
		assertThat(tooLarge.html().selectFirst("form input[name=nonce]")).isNotNull();
		assertThat(tooLarge.header("Content-Security-Policy")).isPresent();

		byte[] body = ("description=" + huge).getBytes(StandardCharsets.US_ASCII);
		WebSession.Page chunked = requester.send(HttpRequest.newBuilder(URI.create(requester.base() + "/request"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
			.build());
		// sent without a stated length (no browser sends a form so): the translated 413 page, with the headers
		assertThat(chunked.status()).isEqualTo(413);
		assertThat(chunked.html().selectFirst("h1").text()).isEqualTo("Too much sent at once");
		assertThat(chunked.header("Content-Security-Policy")).isPresent();

		WebSession english = visitor();
		WebSession.Page notText = english.send(HttpRequest.newBuilder(URI.create(english.base() + "/request"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] { 'x', '=', (byte) 0xC3, (byte) 0x28 }))
			.build());
		assertThat(notText.status()).isEqualTo(400);
		assertThat(notText.html().selectFirst("#body-unreadable").text()).contains("could not be read as text");

		WebSession staff = signedIn(Role.STAFF);
		staff.get("/staff/requests");
		WebSession.Page note = staff.post("/staff/requests/" + UUID.randomUUID() + "/notes", Map.of("body", huge));
		assertThat(note.status()).isEqualTo(413);
		assertThat(note.body()).doesNotContain("Exception");
	}

	@Test
	void errorsTheServerAnswersItselfCarryTheHeadersAndATranslatedPage() {
		for (String path : new String[] { "/request/a%2Fb", "/request/a%00b" }) {
			WebSession.Page page = visitor().send(HttpRequest.newBuilder(URI.create(visitor().base() + path))
				.header("Accept-Language", "fr")
				.GET()
				.build());
			assertThat(page.status()).as(path).isEqualTo(400);
			assertThat(page.header("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> assertThat(csp)
				.contains("frame-ancestors 'none'"));
			assertThat(page.header("X-Content-Type-Options")).as(path).contains("nosniff");
			assertThat(page.header("X-Frame-Options")).as(path).contains("DENY");
			assertThat(page.header("Cache-Control")).as(path).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
			assertThat(page.html().selectFirst("html").attr("lang")).isEqualTo("fr");
			assertThat(page.body()).doesNotContain("Tomcat").doesNotContain("Exception");
		}
		WebSession.Page error = visitor().get("/error");
		assertThat(error.status()).isEqualTo(404);
		assertThat(error.header("Content-Security-Policy")).isPresent();
	}

	@Test
	void tokensThatLookLikeTemplatesOrAreNotAsciiRedirectToAnEncodedAddress() {
		WebSession requester = visitor();
		WebSession.Page template = requester.get("/request/status/%7Btoken%7D/introduction");
		assertThat(template.status()).isEqualTo(302);
		assertThat(template.redirect()).isEqualTo("/request/status/%7Btoken%7D");
		WebSession.Page accented = requester.get("/request/status/%C3%A9t%C3%A9/introduction");
		assertThat(accented.status()).isEqualTo(302);
		assertThat(accented.redirect()).isEqualTo("/request/status/%C3%A9t%C3%A9");
	}

	@Test
	void controlCharactersAndDirectionOverridesAreCleanedFromTypedText() {
		String name = "Ana\u0000 Souza\u202E\u0007 " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> application = ProviderNetwork.validApplication(ProviderNetwork.newEmail());
		application.put("displayName", name);
		application.put("expertise", "Audits\u0000 and\u2066 training\u0085");
		UUID id = new ProviderNetwork(this).apply(application);
		Map<String, Object> stored = jdbc.sql("select display_name, expertise from provider where id = :id")
			.param("id", id).query().singleRow();
		assertThat(stored.get("display_name")).isEqualTo("Ana Souza " + name.substring(name.length() - 8));
		assertThat(stored.get("expertise")).isEqualTo("Audits and training");
		assertThat(TextInput.clean("Right\u200F to left\u200E \u0645\u0631\u062D\u0628\u0627\ttab\nline"))
			.isEqualTo("Right\u200F to left\u200E \u0645\u0631\u062D\u0628\u0627\ttab\nline");
	}

	@Test
	void theApiAndTheSignInCookieSayWhatTheyExpect() {
		var answer = visitor().send(apiRequest("/api/v1/requests", "tdm_not-a-token").GET().build());
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.header("WWW-Authenticate")).contains("Bearer realm=\"tandem\"");
		WebSession.Page signedOut = visitor().get("/staff/requests");
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(signedOut.response().headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("REDIRECT_URI=").contains("HttpOnly").contains("SameSite=Lax"));
		WebSession.Page huge = visitor().get("/staff/requests/" + "x".repeat(3000));
		assertThat(huge.status()).isBetween(300, 499);
		assertThat(huge.response().headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("REDIRECT_URI="));
	}

	@Test
	void aStaffPageForARequestThatDoesNotExistIsNotFound() {
		WebSession staff = signedIn(Role.STAFF);
		assertThat(staff.get("/staff/requests/" + UUID.randomUUID() + "/handoff").status()).isEqualTo(404);
	}

	@Test
	void logsQuoteNothingAVisitorTyped() {
		WebSession staff = signedIn(Role.ADMIN, Role.STAFF);
		// not a canary: the framework's DEBUG lines name paths, and no operator runs at DEBUG
		String typed = "typed-" + UUID.randomUUID();
		assertThat(staff.get("/admin/users/" + typed).status()).isEqualTo(400);
		assertThat(staff.get("/staff/requests/" + typed + "/handoff").status()).isEqualTo(400);
		assertThat(visitor().get("/login?continue=https://elsewhere.example/" + typed).status()).isLessThan(500);
		assertThat(visitor().get("/request/status/" + typed).status()).isLessThan(500);
		assertThat(LogLeakWatcher.operatorLines()).isNotEmpty().noneMatch(line -> line.contains(typed));
	}

	@Test
	void everyFileInTheDataDirectoryIsTheOwnersOnly() throws Exception {
		if (!TestDatabase.postgres()) {
			// the embedded database's file is made owner-only before H2 opens it
			assertThat(Files.getPosixFilePermissions(dataDir.resolve("tandem.mv.db")))
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		Path stray = dataDir.resolve("stray-" + UUID.randomUUID() + ".txt");
		Files.writeString(stray, "made by another tool");
		Files.setPosixFilePermissions(stray, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(org.tandem.privacy.keys.SecureFiles.ownerOnlyEverywhere(dataDir)).isPositive();
		try (Stream<Path> all = Files.walk(dataDir)) {
			for (Path path : all.toList()) {
				String expected = Files.isDirectory(path) ? "rwx------" : "rw-------";
				assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).as(path.toString())
					.isIn(expected, "r--------");
			}
		}
		Files.delete(stray);
	}

}
