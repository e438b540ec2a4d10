package org.tandem.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.tandem.support.WebTestSupport;
import org.tandem.support.AccountFixtures;
import org.tandem.support.WebSession;

/**
 * Walks the whole route table: every route answers with the security headers, every state-changing page route refuses
 * a request without a CSRF token, and no answer shows an exception.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RouteSecurityWebTests extends WebTestSupport {


	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;


	List<RouteTable.Route> routes() {
		return RouteTable.all(mapping);
	}

	@Test
	void everyRouteCarriesTheSecurityHeadersForAnonymousAndSignedInVisitors() {
		WebSession anonymous = new WebSession(port);
		WebSession admin = new WebSession(port);
		AccountFixtures.signIn(admin, fixtures.create(true, Role.ADMIN, Role.STAFF));
		SoftAssertions soft = new SoftAssertions();
		for (RouteTable.Route route : routes()) {
			if (route.method() != RequestMethod.GET) {
				continue;
			}
			for (WebSession visitor : List.of(anonymous, admin)) {
				var page = visitor.get(route.path());
				String label = route.pattern() + " (" + page.status() + ")";
				soft.assertThat(page.header("Content-Security-Policy")).as(label)
					.hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'")
						.doesNotContain("unsafe-inline").doesNotContain("unsafe-eval"));
				soft.assertThat(page.header("Referrer-Policy")).as(label).contains("no-referrer");
				soft.assertThat(page.header("X-Content-Type-Options")).as(label).contains("nosniff");
				soft.assertThat(page.header("X-Frame-Options")).as(label).contains("DENY");
				soft.assertThat(page.header("Permissions-Policy")).as(label).isPresent();
				soft.assertThat(page.header("Cache-Control")).as(label).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
				if (!route.pattern().equals("/error")) {
					soft.assertThat(page.status()).as(label).isLessThan(500);
				}
				soft.assertThat(page.body()).as(label).doesNotContain("Exception").doesNotContain("at org.");
			}
		}
		soft.assertAll();
	}

	@Test
	void everyStateChangingPageRouteRefusesARequestWithoutCsrfToken() {
		WebSession admin = new WebSession(port);
		AccountFixtures.signIn(admin, fixtures.create(true, Role.ADMIN, Role.STAFF));
		SoftAssertions soft = new SoftAssertions();
		int checked = 0;
		for (RouteTable.Route route : routes()) {
			if (route.method() == RequestMethod.GET || route.method() == RequestMethod.HEAD
					|| route.pattern().startsWith("/api/")) {
				continue;
			}
			checked++;
			var page = admin.postRaw(route.path(), Map.of("anything", "x"));
			soft.assertThat(page.status()).as(route.pattern()).isEqualTo(403);
			var forged = admin.postRaw(route.path(), Map.of("_csrf", "forged-token"));
			soft.assertThat(forged.status()).as(route.pattern()).isEqualTo(403);
		}
		for (String filterRoute : List.of("/login", "/logout", "/webauthn/register/options", "/webauthn/register")) {
			soft.assertThat(admin.postRaw(filterRoute, Map.of()).status()).as(filterRoute).isEqualTo(403);
		}
		soft.assertAll();
		assertThat(checked).isGreaterThan(10);
		assertThat(admin.get("/dashboard").status()).isEqualTo(200);
	}

	@Test
	void errorPagesAreTranslatedAndShowNoInternals() {
		WebSession admin = new WebSession(port);
		AccountFixtures.signIn(admin, fixtures.create(true, Role.ADMIN));
		var missing = admin.get("/admin/users/" + java.util.UUID.randomUUID());
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.html().selectFirst("h1").text()).isEqualTo("Page not found");
		var arabic = admin.get("/admin/users/" + java.util.UUID.randomUUID() + "?lang=ar");
		assertThat(arabic.html().selectFirst("html").attr("dir")).isEqualTo("rtl");
		assertThat(arabic.html().selectFirst("h1").text()).isNotEqualTo("Page not found").isNotBlank();
		var badId = admin.get("/admin/users/not-a-uuid");
		assertThat(badId.status()).isEqualTo(400);
		assertThat(badId.body()).doesNotContain("UUID").doesNotContain("Exception");
	}

}
