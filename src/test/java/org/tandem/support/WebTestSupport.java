package org.tandem.support;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What tests against the running application over HTTP share: its port, account fixtures and the database. */
@Import(AccountFixtures.class)
public abstract class WebTestSupport {

	@LocalServerPort
	protected int port;

	@Autowired
	protected AccountFixtures fixtures;

	@Autowired
	protected JdbcClient jdbc;

	protected WebSession visitor() {
		return new WebSession(port);
	}

	/** A fresh account with the roles, signed in (with a second factor when any of the roles needs one). */
	protected WebSession signedIn(org.tandem.platform.Role... roles) {
		WebSession web = visitor();
		boolean secondFactor = java.util.Arrays.stream(roles).anyMatch(org.tandem.platform.Role::secondFactorRequired);
		AccountFixtures.signIn(web, fixtures.create(secondFactor, roles));
		return web;
	}

	/** A personal access token with the scope, or null when the account may not have it. */
	/** The request a status link leads to: the link, its path, or its token alone (the part after the last slash). */
	public java.util.UUID requestOf(String statusLink) {
		String token = statusLink.substring(statusLink.lastIndexOf('/') + 1);
		return jdbc.sql("select request_id from help_request_link where link_digest = :d")
			.param("d", org.tandem.intake.domain.StatusLinks.linkDigest(token))
			.query(java.util.UUID.class)
			.single();
	}

	protected static String token(WebSession web, String scope) {
		web.get("/account/tokens");
		var secret = web.post("/account/tokens", java.util.Map.of("name", "test " + scope, "scopes", scope, "days", "7"))
			.html().selectFirst("code.secret");
		return secret == null ? null : secret.text();
	}

	/** A JSON API request with a bearer token. */
	protected java.net.http.HttpRequest.Builder apiRequest(String path, String token) {
		return java.net.http.HttpRequest.newBuilder(java.net.URI.create(visitor().base() + path))
			.header("Authorization", "Bearer " + token)
			.header("Accept", "application/json");
	}

}
